using Waste.Scheduling;
using Waste.Grains.Bins;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Routing.Modelling;
using Waste.Routing.Travel;
using BinForecast = Waste.Grains.Bins.BinForecast;

namespace Waste.Grains.Planning;

/// <summary>
/// A depot's day as a collection policy sees it: the bins the depot serves (each bin goes to its nearest depot) with
/// their forecasts, and the depot's fleet day by day: its trucks in service with their shifts, the disposal sites
/// with their opening hours. Plain logic, so it is tested without a silo.
/// </summary>
public sealed class CollectionDay(
    string depotId, DateOnly day, FleetConfiguration fleet, TimeSpan utcOffset, WasteDensities densities, PlanningOptions options) : IDepotCalendar
{
    private DepotSpec DepotSpec => fleet.Depots.Single(d => d.Id == depotId);

    /// <inheritdoc />
    public Depot Depot => new(DepotSpec.Id, new GeoPoint(DepotSpec.Latitude, DepotSpec.Longitude));

    /// <summary>The depot's trucks in service.</summary>
    public IReadOnlyList<VehicleSpec> Vehicles => [.. fleet.Vehicles.Where(v => v.DepotId == depotId && v.Available)];

    /// <inheritdoc />
    public IReadOnlyList<Vehicle> VehiclesOn(DateOnly date) => [.. Vehicles.Select(v => RoutingVehicle(v, date))];

    /// <inheritdoc />
    public IReadOnlyList<DisposalSite> SitesOn(DateOnly date) => [.. fleet.DisposalSites.Select(s => RoutingSite(s, date))];

    /// <inheritdoc />
    public TimeWindow ShiftsOn(DateOnly date) => Vehicles.Count == 0
        ? new TimeWindow(Local(date, TimeSpan.FromHours(5)), Local(date, TimeSpan.FromHours(13)))
        : new TimeWindow(Local(date, Vehicles.Min(v => v.ShiftStart)), Local(date, Vehicles.Max(v => v.ShiftEnd)));

    /// <summary>The registered bins this depot serves: active, placed, with a stream and a volume, nearest to it.</summary>
    public IReadOnlyList<RegisteredDevice> BinsServed(IEnumerable<RegisteredDevice> devices) =>
    [
        .. devices.Where(d => d.Kind == Telemetry.DeviceKind.Bin && d.State == DeviceState.Active
                && d.Latitude is not null && d.Longitude is not null && d.Stream is not null && d.CapacityLitres is > 0)
            .Where(d => NearestDepot(d) == depotId),
    ];

    /// <summary>What a policy knows of each of <paramref name="bins"/> from <paramref name="forecasts"/>; a bin without a
    /// forecast has sent no fill reading yet and is not considered.</summary>
    public (IReadOnlyList<BinOutlook> Outlooks, IReadOnlyList<BinDecision> NotConsidered) Outlooks(
        IReadOnlyList<RegisteredDevice> bins, IReadOnlyDictionary<string, BinForecast> forecasts)
    {
        var outlooks = new List<BinOutlook>();
        var notConsidered = new List<BinDecision>();
        foreach (var bin in bins)
        {
            if (!forecasts.TryGetValue(bin.Id, out var forecast))
            {
                notConsidered.Add(new BinDecision(bin.Id, BinVerdict.NotConsidered, DecisionRule.NoForecast));
                continue;
            }

            outlooks.Add(new BinOutlook
            {
                BinId = bin.Id,
                Location = new GeoPoint(bin.Latitude!.Value, bin.Longitude!.Value),
                Stream = bin.Stream!.Value.ToString(),
                CapacityLitres = bin.CapacityLitres!.Value,
                KilogramsPerLitre = densities.Of(bin.Stream.Value),
                Ward = bin.Ward,
                LevelPercent = forecast.LevelPercent,
                Projection = forecast.Projection,
                MostlyPrior = forecast.MostlyPrior,
                RecentCollections = forecast.RecentCollections,
                ServiceTime = TimeSpan.FromMinutes(options.ServiceMinutes),
            });
        }

        return (outlooks, notConsidered);
    }

    /// <summary>The day being planned, for <paramref name="policy"/>'s use.</summary>
    public PlanningDay Planning(double thresholdPercent, string? memory) => new(day, this, thresholdPercent, options.OverflowPenalty, memory);

    /// <summary>What a crew sees of <paramref name="stop"/>, a stop for <paramref name="bin"/>.</summary>
    public static StopInfo Info(Stop stop, RegisteredDevice bin) =>
        new(bin.Stream!.Value, stop.Demand.Litres, 100 * stop.Demand.Litres / bin.CapacityLitres!.Value, bin.Ward);

    private string NearestDepot(RegisteredDevice bin) => fleet.Depots
        .MinBy(d => GreatCircleTravelProvider.GreatCircleMetres(new GeoPoint(d.Latitude, d.Longitude), new GeoPoint(bin.Latitude!.Value, bin.Longitude!.Value)))!.Id;

    private DateTimeOffset Local(DateOnly date, TimeSpan timeOfDay) => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), utcOffset) + timeOfDay;

    private DisposalSite RoutingSite(DisposalSiteSpec site, DateOnly date) => new(
        site.Id, new GeoPoint(site.Latitude, site.Longitude), site.Streams.Select(s => s.ToString()).ToHashSet(), site.UnloadTime,
        new TimeWindow(Local(date, site.Opens), Local(date, site.Closes)));

    private Vehicle RoutingVehicle(VehicleSpec vehicle, DateOnly date) => new()
    {
        Id = vehicle.Id,
        Capacity = new Load(vehicle.CapacityLitres, vehicle.CapacityKilograms),
        Streams = vehicle.Streams.Select(s => s.ToString()).ToHashSet(),
        Shift = new TimeWindow(Local(date, vehicle.ShiftStart), Local(date, vehicle.ShiftEnd)),
        StartDepot = vehicle.DepotId,
        FixedCost = vehicle.FixedCost,
        CostPerKm = vehicle.CostPerKm,
        MaxDisposalTrips = vehicle.MaxDisposalTrips,
        UnloadBeforeReturn = vehicle.UnloadBeforeReturn,
        Break = vehicle.Lunch is { } lunch ? new CrewBreak(lunch.Duration, Local(date, lunch.EarliestStart), Local(date, lunch.LatestStart)) : null,
        DailyVolumeLimit = vehicle.DailyVolumeLitres,
        MaxStops = vehicle.MaxStops,
    };
}

/// <summary>What a crew sees of a bin stop besides where it is.</summary>
[GenerateSerializer, Immutable]
public sealed record StopInfo(
    [property: Id(0)] WasteStream Stream,
    [property: Id(1)] double ExpectedLitres,
    [property: Id(2)] double ExpectedFillPercent,
    [property: Id(3)] string? Ward);
