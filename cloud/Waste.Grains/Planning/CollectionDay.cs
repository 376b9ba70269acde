using Waste.Grains.Bins;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Routing.Modelling;
using Waste.Routing.Planning;
using Waste.Routing.Travel;
using BinForecast = Waste.Grains.Bins.BinForecast;
using RoutingForecast = Waste.Routing.Planning.BinForecast;

namespace Waste.Grains.Planning;

/// <summary>
/// Turns a depot's day into a routing model: the bins it serves (each bin goes to its nearest depot), chosen by the
/// policy, each with the load expected when the trucks come; the depot's available trucks with their shifts on that
/// day; the disposal sites with their opening hours. Plain logic, so it is tested without a silo.
/// </summary>
public sealed class CollectionDay(
    string depotId, DateOnly day, FleetConfiguration fleet, TimeSpan utcOffset, double thresholdPercent, WasteDensities densities, PlanningOptions options)
{
    /// <summary>How far past the next possible visit a bin may be taken along if the route passes by.</summary>
    public static readonly TimeSpan OptionalHorizon = TimeSpan.FromDays(1);

    private DepotSpec Depot => fleet.Depots.Single(d => d.Id == depotId);

    /// <summary>The depot's trucks in service that day.</summary>
    public IReadOnlyList<VehicleSpec> Vehicles => [.. fleet.Vehicles.Where(v => v.DepotId == depotId && v.Available)];

    /// <summary>When the day's shifts start and end, as event times.</summary>
    public TimeWindow ShiftSpan => Vehicles.Count == 0
        ? new TimeWindow(Local(TimeSpan.FromHours(5)), Local(TimeSpan.FromHours(13)))
        : new TimeWindow(Local(Vehicles.Min(v => v.ShiftStart)), Local(Vehicles.Max(v => v.ShiftEnd)));

    /// <summary>The registered bins this depot serves: active, placed, with a stream and a volume, nearest to it.</summary>
    public IReadOnlyList<RegisteredDevice> BinsServed(IEnumerable<RegisteredDevice> devices) =>
    [
        .. devices.Where(d => d.Kind == Telemetry.DeviceKind.Bin && d.State == DeviceState.Active
                && d.Latitude is not null && d.Longitude is not null && d.Stream is not null && d.CapacityLitres is > 0)
            .Where(d => NearestDepot(d) == depotId),
    ];

    /// <summary>
    /// The routing model for <paramref name="bins"/> under <paramref name="policy"/>, from their forecasts (a bin
    /// without one has sent no fill reading yet and is listed as not considered).
    /// </summary>
    public DayModel Build(IReadOnlyList<RegisteredDevice> bins, IReadOnlyDictionary<string, BinForecast> forecasts, SelectionPolicy policy)
    {
        var notConsidered = new List<BinIssue>();
        var stops = new Dictionary<string, StopInfo>(StringComparer.Ordinal);
        var routingForecasts = new List<RoutingForecast>();
        var shift = ShiftSpan;
        var midShift = shift.Start + (shift.End - shift.Start) / 2;
        foreach (var bin in bins)
        {
            if (!forecasts.TryGetValue(bin.Id, out var forecast))
            {
                notConsidered.Add(new BinIssue(bin.Id, "no fill reading yet"));
                continue;
            }

            var litres = Math.Min(bin.CapacityLitres!.Value, forecast.LitresAt(midShift) ?? bin.CapacityLitres.Value);
            var far = forecast.LevelAt + TimeSpan.FromDays(365);
            routingForecasts.Add(new RoutingForecast
            {
                BinId = bin.Id,
                Location = new GeoPoint(bin.Latitude!.Value, bin.Longitude!.Value),
                Stream = bin.Stream!.Value.ToString(),
                ExpectedLoad = new Load(litres, litres * densities.Of(bin.Stream.Value)),
                ThresholdAt = forecast.Threshold.Expected ?? far,
                FullAt = forecast.Full.Expected ?? far,
                Uncertainty = forecast.Threshold.Expected is { } expected && forecast.Threshold.Soonest is { } soonest ? expected - soonest : TimeSpan.Zero,
                ServiceTime = TimeSpan.FromMinutes(options.ServiceMinutes),
            });
            stops[bin.Id] = new StopInfo(bin.Stream.Value, litres, 100 * litres / bin.CapacityLitres.Value, bin.Ward);
        }

        var selection = policy switch
        {
            SelectionPolicy.Forecast => StopSelector.Choose(routingForecasts, new PlanningWindow(NextPossibleVisit, NextPossibleVisit + OptionalHorizon, options.OverflowPenalty)),
            _ => Everything(routingForecasts.Where(f => Chosen(f, forecasts[f.BinId], policy))),
        };
        notConsidered.AddRange(selection.Rejected.Select(r => new BinIssue(r.BinId, r.Reason)));
        var model = CollectionPlanner.BuildModel(selection, new Fleet([RoutingDepot()], [.. fleet.DisposalSites.Select(RoutingSite)], [.. Vehicles.Select(RoutingVehicle)]));
        var leftOut = routingForecasts.Count - selection.ToRoute.Count() - selection.Rejected.Count;
        return new DayModel(model, stops, leftOut, notConsidered);
    }

    /// <summary>The next shift start after this day's: when a bin not collected today can next be collected.</summary>
    public DateTimeOffset NextPossibleVisit => ShiftSpan.Start + TimeSpan.FromDays(1);

    private bool Chosen(RoutingForecast bin, BinForecast forecast, SelectionPolicy policy) => policy switch
    {
        SelectionPolicy.Daily => true,
        SelectionPolicy.EveryOtherDay => (StableHash.Of(bin.BinId) + day.DayNumber) % 2 == 0,
        SelectionPolicy.Threshold => forecast.LevelPercent >= thresholdPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(policy)),
    };

    private static StopSelection Everything(IEnumerable<RoutingForecast> chosen) =>
        new([.. chosen.Select(f => new StopChoice(f, StopDecision.Mandatory, "scheduled", 0))], []);

    private string NearestDepot(RegisteredDevice bin) => fleet.Depots
        .MinBy(d => GreatCircleTravelProvider.GreatCircleMetres(new GeoPoint(d.Latitude, d.Longitude), new GeoPoint(bin.Latitude!.Value, bin.Longitude!.Value)))!.Id;

    private DateTimeOffset Local(TimeSpan timeOfDay) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), utcOffset) + timeOfDay;

    private Depot RoutingDepot() => new(Depot.Id, new GeoPoint(Depot.Latitude, Depot.Longitude));

    private DisposalSite RoutingSite(DisposalSiteSpec site) => new(
        site.Id, new GeoPoint(site.Latitude, site.Longitude), site.Streams.Select(s => s.ToString()).ToHashSet(), site.UnloadTime,
        new TimeWindow(Local(site.Opens), Local(site.Closes)));

    private Vehicle RoutingVehicle(VehicleSpec vehicle) => new()
    {
        Id = vehicle.Id,
        Capacity = new Load(vehicle.CapacityLitres, vehicle.CapacityKilograms),
        Streams = vehicle.Streams.Select(s => s.ToString()).ToHashSet(),
        Shift = new TimeWindow(Local(vehicle.ShiftStart), Local(vehicle.ShiftEnd)),
        StartDepot = vehicle.DepotId,
        FixedCost = vehicle.FixedCost,
        CostPerKm = vehicle.CostPerKm,
        MaxDisposalTrips = vehicle.MaxDisposalTrips,
        UnloadBeforeReturn = vehicle.UnloadBeforeReturn,
        Break = vehicle.Lunch is { } lunch ? new CrewBreak(lunch.Duration, Local(lunch.EarliestStart), Local(lunch.LatestStart)) : null,
        DailyVolumeLimit = vehicle.DailyVolumeLitres,
        MaxStops = vehicle.MaxStops,
    };
}

/// <summary>A depot's day as a routing model, with what the crews need to know of each stop.</summary>
public sealed record DayModel(RoutingModel Model, IReadOnlyDictionary<string, StopInfo> Stops, int LeftOut, IReadOnlyList<BinIssue> NotConsidered);

/// <summary>What a crew sees of a bin stop besides where it is.</summary>
[GenerateSerializer, Immutable]
public sealed record StopInfo(
    [property: Id(0)] WasteStream Stream,
    [property: Id(1)] double ExpectedLitres,
    [property: Id(2)] double ExpectedFillPercent,
    [property: Id(3)] string? Ward);
