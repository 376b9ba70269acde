using Microsoft.Extensions.Options;
using Waste.Grains.Alerts;
using Waste.Grains.Bins;
using Waste.Grains.Rules;
using Waste.Grains.Toilets;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Web.Public;

/// <summary>
/// The public view of the city, rebuilt from the grains at most once per <see cref="PublicOptions.RefreshSeconds"/>
/// (wall clock) and shared by every public request and live listener: a crowd of citizens costs the silo one read of
/// each device per refresh, and what the public sees of a bin lags its truck by up to that much.
/// </summary>
public sealed class PublicCity(
    IDeviceRegistry registry,
    IGrainFactory grains,
    PublicCodes codes,
    IOptions<DeviceRules> rules,
    IOptions<PublicOptions> options,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider eventTime)
{
    private readonly Lock _lock = new();
    private PublicCityView? _view;
    private long _builtAt;
    private Task<PublicCityView>? _building;

    /// <summary>The view, rebuilt first if it is older than the refresh period.</summary>
    public Task<PublicCityView> CurrentAsync()
    {
        lock (_lock)
        {
            if (_view is { } view && TimeProvider.System.GetElapsedTime(_builtAt) < TimeSpan.FromSeconds(options.Value.RefreshSeconds))
            {
                return Task.FromResult(view);
            }

            if (_building is null || _building.IsCompleted)
            {
                _building = BuildAsync();
            }

            return _building;
        }
    }

    private async Task<PublicCityView> BuildAsync()
    {
        var now = eventTime.GetUtcNow();
        // Revoked devices too: they still stand in the street (as in the exports).
        var devices = registry.All();
        var toiletDevices = devices.Where(d => d.Kind == DeviceKind.Toilet && d.Latitude is not null && d.Longitude is not null).ToList();
        var binDevices = devices.Where(d => d.Kind == DeviceKind.Bin && d.Latitude is not null && d.Longitude is not null).ToList();
        var toiletSnapshots = await Task.WhenAll(toiletDevices.Select(d => grains.GetGrain<IToiletGrain>(d.Id).GetSnapshot()));
        var binSnapshots = await Task.WhenAll(binDevices.Select(d => grains.GetGrain<IBinGrain>(d.Id).GetSnapshot()));
        var toilets = toiletDevices.Zip(toiletSnapshots, (d, s) => Toilet(d, s, now)).ToList();
        var bins = binDevices.Zip(binSnapshots, Bin).ToList();

        var unresolved = await grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(
            new AlertFilter { States = [AlertState.Open, AlertState.Acknowledged], Limit = int.MaxValue });
        var toiletIds = devices.Where(d => d.Kind == DeviceKind.Toilet).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var problems = unresolved.Where(a => toiletIds.Contains(a.DeviceId))
            .CountBy(a => ZoneKey.For(a.District, a.Ward)).ToDictionary(StringComparer.Ordinal);

        var today = rules.Value.LocalDay(now);
        var placedByWard = devices.Where(d => d.Latitude is not null && d.Longitude is not null).ToLookup(ZoneKey.Of, StringComparer.Ordinal);
        var toiletsByWard = toilets.ToLookup(t => ZoneKey.For(t.District, t.Ward), StringComparer.Ordinal);
        var binsByWard = bins.ToLookup(b => ZoneKey.For(b.District, b.Ward), StringComparer.Ordinal);
        var wardKeys = devices.Select(ZoneKey.Of).Distinct(StringComparer.Ordinal).Where(k => k != ZoneKey.For(null, null)).ToList();
        var days = await Task.WhenAll(wardKeys.Select(k => grains.GetGrain<IZoneGrain>(k).GetDays(today, today)));
        var wards = wardKeys.Zip(days, (key, day) =>
        {
            var (district, ward) = ZoneKey.Parse(key);
            var placed = placedByWard[key].ToList();
            return new WardFacts(
                district, ward,
                placed.Count > 0 ? placed.Average(d => d.Latitude!.Value) : null,
                placed.Count > 0 ? placed.Average(d => d.Longitude!.Value) : null,
                toiletsByWard[key].Count(), toiletsByWard[key].Count(t => t.Status == ToiletStatus.Open), problems.GetValueOrDefault(key),
                binsByWard[key].Count(), binsByWard[key].Count(b => b.Fill is FillBand.High or FillBand.Full), day.Sum(d => d.Collections.Values.Sum()));
        }).OrderBy(w => w.District, StringComparer.Ordinal).ThenBy(w => w.Ward, StringComparer.Ordinal).ToList();

        var view = new PublicCityView(now, toilets, bins, wards);
        lock (_lock)
        {
            _view = view;
            _builtAt = TimeProvider.System.GetTimestamp();
        }

        return view;
    }

    private PublicToilet Toilet(RegisteredDevice device, ToiletSnapshot snapshot, DateTimeOffset now)
    {
        var status = snapshot.Latest is null ? ToiletStatus.Unknown
            : snapshot.Conditions.Any(ToiletGrain.Unusable.Contains) ? ToiletStatus.OutOfOrder
            : rules.Value.IsOpen(now) ? ToiletStatus.Open
            : ToiletStatus.Closed;
        return new PublicToilet(
            codes.CodeOf(device.Id), device.Latitude!.Value, device.Longitude!.Value, device.Ward, device.District, status,
            status == ToiletStatus.Open ? snapshot.OccupiedSince is not null : null, snapshot.LastCleanedAt, Odour(snapshot), device.Accessible);
    }

    private OdourLevel Odour(ToiletSnapshot snapshot)
    {
        if (snapshot.Conditions.Contains(AlertKind.ToiletOdour))
        {
            return OdourLevel.Strong;
        }

        if (snapshot.Latest is not { } reading || (reading.AmmoniaPpm is null && reading.HydrogenSulphidePpm is null))
        {
            return OdourLevel.Unknown;
        }

        var rule = rules.Value;
        return reading.AmmoniaPpm >= rule.OdourAmmoniaPpm / 2 || reading.HydrogenSulphidePpm >= rule.OdourSulphidePpm / 2
            ? OdourLevel.Slight
            : OdourLevel.Fresh;
    }

    private PublicBin Bin(RegisteredDevice device, BinSnapshot snapshot)
    {
        var rule = rules.Value;
        var fill = snapshot.LevelPercent switch
        {
            null => FillBand.Unknown,
            var level when level >= rule.OverflowPercent || snapshot.Conditions.Contains(AlertKind.BinOverflow) => FillBand.Full,
            var level when level >= rule.CollectionThresholdPercent => FillBand.High,
            var level when level >= 50 => FillBand.Half,
            _ => FillBand.Low,
        };
        return new PublicBin(device.Latitude!.Value, device.Longitude!.Value, device.Ward, device.District, device.Stream, fill);
    }
}
