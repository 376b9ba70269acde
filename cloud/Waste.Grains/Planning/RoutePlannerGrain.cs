using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waste.Grains.Bins;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Routing.Modelling;
using Waste.Routing.Planning;
using Waste.Routing.Solving;
using Waste.Routing.Travel;
using Waste.Telemetry;
using BinForecast = Waste.Grains.Bins.BinForecast;

namespace Waste.Grains.Planning;

/// <summary>
/// Plans one depot's day: the bins it serves and their forecasts go through <see cref="CollectionDay"/> to a routing
/// model, our optimiser (off the grain's thread: it runs for seconds) makes the routes, and the plan is persisted
/// before it is answered. Crews' reports are kept; a skipped stop or a truck out of service re-plans the rest of the
/// day from where the trucks are (<see cref="RePlanner"/>), keeping what was already done.
/// </summary>
public sealed partial class RoutePlannerGrain(
    [PersistentState("plan", StorageNames.Devices)] IPersistentState<RoutePlannerState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IDeviceRegistry registry,
    IOptions<DeviceRules> rules,
    IOptions<WasteDensities> densities,
    IOptions<PlanningOptions> options,
    ILogger<RoutePlannerGrain> logger) : Grain, IRoutePlannerGrain
{
    /// <summary>How far ahead bins' forecasts are asked for.</summary>
    public static readonly TimeSpan ForecastHorizon = TimeSpan.FromDays(7);

    private static readonly JsonSerializerOptions Json = RoutingJson.Options;

    /// <inheritdoc />
    public async Task<PlanUpdate> Plan(SelectionPolicy policy)
    {
        if (state.State.Reports.Count > 0)
        {
            return PlanUpdate.Refused("crews have started this day: report skipped stops or trucks out of service instead");
        }

        var (depotId, day) = PlanKey.Parse(this.GetPrimaryKeyString());
        var fleet = await GrainFactory.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        if (fleet.Depots.All(d => d.Id != depotId))
        {
            return PlanUpdate.Refused($"no depot '{depotId}' in the fleet", notFound: true);
        }

        var collectionDay = new CollectionDay(depotId, day, fleet, rules.Value.UtcOffset, rules.Value.CollectionThresholdPercent, densities.Value, options.Value);
        var bins = collectionDay.BinsServed(registry.All());
        var forecasts = await Task.WhenAll(bins.Select(b => GrainFactory.GetGrain<IBinGrain>(b.Id).GetForecast(ForecastHorizon)));
        var dayModel = collectionDay.Build(bins, forecasts.OfType<BinForecast>().ToDictionary(f => f.DeviceId, StringComparer.Ordinal), policy);
        var plan = await SolveAsync(dayModel.Model);
        LogPlanned(depotId, day, policy, plan.Routes.Count, dayModel.Model.Stops.Count, dayModel.LeftOut);

        state.State.Stops = new(dayModel.Stops, StringComparer.Ordinal);
        state.State.ModelJson = JsonSerializer.Serialize(dayModel.Model, Json);
        state.State.PlanJson = JsonSerializer.Serialize(plan, Json);
        state.State.View = View(depotId, day, policy, (state.State.View?.Version ?? 0) + 1, dayModel.Model, plan, fleet, [], dayModel.LeftOut, dayModel.NotConsidered);
        await state.WriteStateAsync();
        return PlanUpdate.Done(state.State.View);
    }

    /// <inheritdoc />
    public Task<CollectionPlanView?> Get() => Task.FromResult(state.State.View);

    /// <inheritdoc />
    public async Task<PlanUpdate> MarkCollected(string binId, string vehicleId)
    {
        if (Check(binId, vehicleId) is { } refusal)
        {
            return refusal;
        }

        state.State.Reports[binId] = new StopReport(StopStatus.Collected, time.GetUtcNow(), vehicleId, null);
        state.State.View = WithReports(state.State.View!);
        await state.WriteStateAsync();
        return PlanUpdate.Done(state.State.View);
    }

    /// <inheritdoc />
    public async Task<PlanUpdate> MarkSkipped(string binId, string vehicleId, string reason)
    {
        if (Check(binId, vehicleId) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        state.State.Reports[binId] = new StopReport(StopStatus.Skipped, now, vehicleId, reason);
        return await RePlanAsync(new StopSkipped(binId, now, reason));
    }

    /// <inheritdoc />
    public async Task<PlanUpdate> VehicleOutOfService(string vehicleId)
    {
        if (state.State.View is not { } view)
        {
            return PlanUpdate.Refused("the day is not planned", notFound: true);
        }

        if (view.Routes.All(r => r.VehicleId != vehicleId))
        {
            return PlanUpdate.Refused($"truck '{vehicleId}' has no route this day", notFound: true);
        }

        return await RePlanAsync(new VehicleOutOfService(vehicleId, time.GetUtcNow()));
    }

    private PlanUpdate? Check(string binId, string vehicleId)
    {
        if (state.State.View is not { } view)
        {
            return PlanUpdate.Refused("the day is not planned", notFound: true);
        }

        if (view.Routes.FirstOrDefault(r => r.VehicleId == vehicleId) is not { } route)
        {
            return PlanUpdate.Refused($"truck '{vehicleId}' has no route this day", notFound: true);
        }

        return route.Stops.Any(s => s.Id == binId && s.IsBin)
            ? null
            : PlanUpdate.Refused($"bin '{binId}' is not on truck '{vehicleId}''s route", notFound: true);
    }

    private async Task<PlanUpdate> RePlanAsync(Disruption disruption)
    {
        var view = WithReports(state.State.View!);
        var model = JsonSerializer.Deserialize<RoutingModel>(state.State.ModelJson!, Json)!;
        var plan = JsonSerializer.Deserialize<RoutePlan>(state.State.PlanJson!, Json)!;
        var rePlan = RePlanner.After(model, plan, disruption, Progress());
        var newPlan = await SolveAsync(rePlan.Model);
        var fleet = await GrainFactory.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        state.State.ModelJson = JsonSerializer.Serialize(rePlan.Model, Json);
        state.State.PlanJson = JsonSerializer.Serialize(newPlan, Json);
        var next = View(view.DepotId, view.Day, view.Policy, view.Version + 1, rePlan.Model, newPlan, fleet, view.Routes, view.LeftOut, view.NotConsidered);
        state.State.View = next with { Unserved = [.. next.Unserved, .. rePlan.Dropped.Select(d => new BinIssue(d.StopId, d.Reason))] };
        await state.WriteStateAsync();
        return PlanUpdate.Done(state.State.View);
    }

    // The crews' reports in the order they came, truck by truck.
    private CrewProgress Progress() => new(state.State.Reports
        .GroupBy(report => report.Value.VehicleId, StringComparer.Ordinal)
        .ToDictionary(
            truck => truck.Key,
            truck => (IReadOnlyList<string>)[.. truck.OrderBy(report => report.Value.At).Select(report => report.Key)],
            StringComparer.Ordinal));

    private async Task<RoutePlan> SolveAsync(RoutingModel model)
    {
        var settings = options.Value;
        var optimiser = new CollectionRouteOptimiser(new GreatCircleTravelProvider(settings.CircuityFactor, settings.AverageSpeedKmh));
        var solver = new SolverOptions { Seed = settings.Seed, TimeLimit = TimeSpan.FromSeconds(settings.TimeLimitSeconds), MaxIterations = settings.MaxIterations };
        if (settings.PopulationSize is { } size)
        {
            solver = solver with { PopulationSize = size };
        }

        return await Task.Run(() => optimiser.PlanAsync(model, solver));
    }

    // Stops crews already reported stay on their truck's route, ahead of what the new plan gives it.
    private CollectionPlanView View(
        string depotId, DateOnly day, SelectionPolicy policy, int version, RoutingModel model, RoutePlan plan, FleetConfiguration fleet,
        IReadOnlyList<PlannedRoute> previous, int leftOut, IReadOnlyList<BinIssue> notConsidered)
    {
        var routes = plan.Routes.Select(route =>
        {
            var before = previous.FirstOrDefault(p => p.VehicleId == route.VehicleId);
            var done = before is null ? [] : Driven(before);
            var legs = RouteLegs.Of(model, route, options.Value.CircuityFactor);
            var planned = route.Visits.Select((visit, i) => Stop(visit, legs.Places[i], legs.ToVisitKm[i]));
            var crew = fleet.Vehicles.FirstOrDefault(v => v.Id == route.VehicleId)?.Crew ?? [];
            // The day keeps its first departure and the kilometres driven; the re-plan gives the rest.
            return new PlannedRoute(
                route.VehicleId, crew, done.Count > 0 ? before!.Departure : route.Departure, route.Return,
                done.Sum(s => s.LegKm) + legs.ToVisitKm.Sum() + legs.ReturnKm, [.. done, .. planned], legs.ReturnKm);
        }).ToList();
        // A truck the re-plan gives nothing more (out of service, shift over) ends its day at its last report.
        foreach (var stranded in previous.Where(p => routes.All(r => r.VehicleId != p.VehicleId)))
        {
            var done = Driven(stranded);
            var end = done.LastOrDefault(s => s.IsBin) is { } last ? last.MarkedAt ?? last.Departure : stranded.Departure;
            routes.Add(stranded with { Stops = done, Return = end, DistanceKm = done.Sum(s => s.LegKm), ReturnKm = 0 });
        }

        return WithReports(new CollectionPlanView
        {
            DepotId = depotId,
            Day = day,
            Policy = policy,
            Version = version,
            PlannedAt = time.GetUtcNow(),
            Routes = routes,
            Unserved = [.. plan.Unserved.Select(u => new BinIssue(u.StopId, u.Reason))],
            NotConsidered = notConsidered,
            LeftOut = leftOut,
            IsFeasible = plan.IsFeasible,
            Cost = plan.Cost,
        });
    }

    // The visits a re-plan keeps from a route: those behind the truck, without the bins it passed unreported (they
    // are planned again).
    private static List<PlannedStop> Driven(PlannedRoute route) =>
        [.. route.StopsDone().Where(s => !s.IsBin || s.Status != StopStatus.Planned)];

    private PlannedStop Stop(PlannedVisit visit, GeoPoint place, double legKm)
    {
        var info = visit.Kind == VisitKind.Stop ? state.State.Stops.GetValueOrDefault(visit.Id) : null;
        return new PlannedStop
        {
            Id = visit.Id,
            IsDisposal = visit.Kind == VisitKind.Disposal,
            IsBreak = visit.Kind == VisitKind.Break,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            Stream = info?.Stream,
            ExpectedLitres = info?.ExpectedLitres ?? 0,
            ExpectedFillPercent = info?.ExpectedFillPercent,
            Ward = info?.Ward,
            Arrival = visit.Arrival,
            Departure = visit.Departure,
            LegKm = legKm,
        };
    }

    private CollectionPlanView WithReports(CollectionPlanView view) => view with
    {
        Routes = [.. view.Routes.Select(route => route with
        {
            Stops = [.. route.Stops.Select(stop => state.State.Reports.TryGetValue(stop.Id, out var report) && stop.IsBin
                ? stop with { Status = report.Status, MarkedAt = report.At, SkipReason = report.Reason }
                : stop)],
        })],
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned depot {DepotId} for {Day} ({Policy}): {Routes} routes, {Stops} bins, {LeftOut} left for another day")]
    private partial void LogPlanned(string depotId, DateOnly day, SelectionPolicy policy, int routes, int stops, int leftOut);
}
