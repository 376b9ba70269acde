using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waste.Scheduling;
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
/// model, our optimiser (off the grain's thread: it runs for seconds) makes the routes, starting from the depot's
/// usual routes (<see cref="IDepotRoutesGrain"/>), and the plan is persisted before it is answered. Crews' reports are
/// kept apart from the plan, each written on its own; a skipped stop or a truck out of service re-plans the rest of
/// the day from where the trucks are (<see cref="RePlanner"/>), keeping what was already done and repairing the plan
/// being followed rather than searching again.
/// </summary>
public sealed partial class RoutePlannerGrain(
    [PersistentState("plan", StorageNames.Devices)] IPersistentState<RoutePlannerState> state,
    [PersistentState("reports", StorageNames.Devices)] IPersistentState<CrewReportsState> crews,
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

    // The plan as crews see it, the stored view with the reports since: built once per plan, then kept report by
    // report. Each report and the check before it ask for it, and building every stop of the depot's day afresh for
    // both made a day's reports cost the square of its stops.
    private CollectionPlanView? _reported;

    private Dictionary<string, StopReport> Reports => crews.State.Reports;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Reports.Count > 0 && Reports.Count == 0)
        {
            // A plan written before the reports had their own state: move them, then drop them from the plan.
            crews.State.Reports = state.State.Reports;
            await crews.WriteStateAsync(cancellationToken);
            state.State.Reports = [];
            await state.WriteStateAsync(cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PlanUpdate> Plan(SelectionPolicy policy)
    {
        if (Reports.Count > 0)
        {
            return PlanUpdate.Refused("crews have started this day: report skipped stops or trucks out of service instead");
        }

        var (depotId, day) = PlanKey.Parse(this.GetPrimaryKeyString());
        var fleet = await GrainFactory.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        if (fleet.Depots.All(d => d.Id != depotId))
        {
            return PlanUpdate.Refused($"no depot '{depotId}' in the fleet", notFound: true);
        }

        var collectionDay = new CollectionDay(depotId, day, fleet, rules.Value.UtcOffset, densities.Value, options.Value);
        var bins = collectionDay.BinsServed(registry.All());
        var forecasts = await Task.WhenAll(bins.Select(b => GrainFactory.GetGrain<IBinGrain>(b.Id).GetForecast(ForecastHorizon)));
        var (outlooks, notConsidered) = collectionDay.Outlooks(bins, forecasts.OfType<BinForecast>().ToDictionary(f => f.DeviceId, StringComparer.Ordinal));
        var settings = options.Value;
        var usual = GrainFactory.GetGrain<IDepotRoutesGrain>(depotId);
        var memory = await usual.RecallPolicyMemory(day);
        var policyPlan = PolicyCatalog.For(policy, settings).Plan(collectionDay.Planning(rules.Value.CollectionThresholdPercent, memory), outlooks);
        var start = await usual.Recall(day) is { } json ? JsonSerializer.Deserialize<RoutePlan>(json, Json) : null;
        var solved = await SolveAsync(policyPlan.Model, policyPlan.StartFrom(start), Solver() with { MaxIterations = settings.MaxIterations });
        var chosen = policyPlan.Choose(solved);
        var decisions = (IReadOnlyList<BinDecision>)[.. chosen.Decisions, .. notConsidered];
        LogPlanned(depotId, day, policy, chosen.Plan.Routes.Count, chosen.Model.Stops.Count, decisions.Count(d => d.Verdict == BinVerdict.Waits));
        if (settings.ArchiveDirectory is { } archive)
        {
            Archive(archive, depotId, day, new ArchivedPlan(Travel(), policyPlan.Model, solved));
        }

        var registered = bins.ToDictionary(b => b.Id, StringComparer.Ordinal);
        state.State.Stops = chosen.Model.Stops.ToDictionary(s => s.Id, s => CollectionDay.Info(s, registered[s.Id]), StringComparer.Ordinal);
        state.State.ModelJson = JsonSerializer.Serialize(chosen.Model, Json);
        state.State.PlanJson = JsonSerializer.Serialize(chosen.Plan, Json);
        state.State.View = View(depotId, day, policy, (state.State.View?.Version ?? 0) + 1, chosen.Model, chosen.Plan, fleet, [], decisions);
        _reported = null;
        await state.WriteStateAsync();
        await usual.Remember(day, JsonSerializer.Serialize(solved, Json), policyPlan.Memory);
        return PlanUpdate.Done(state.State.View);
    }

    /// <inheritdoc />
    public Task<CollectionPlanView?> Get() => Task.FromResult(state.State.View is null ? null : Reported());

    /// <inheritdoc />
    public async Task<PlanUpdate> MarkCollected(string binId, string vehicleId)
    {
        if (Check(binId, vehicleId) is { } refusal)
        {
            return refusal;
        }

        Report(binId, new StopReport(StopStatus.Collected, time.GetUtcNow(), vehicleId, null));
        await crews.WriteStateAsync();
        return PlanUpdate.Done(Reported());
    }

    /// <inheritdoc />
    public async Task<PlanUpdate> MarkSkipped(string binId, string vehicleId, string reason)
    {
        if (Check(binId, vehicleId) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        Report(binId, new StopReport(StopStatus.Skipped, now, vehicleId, reason));
        await crews.WriteStateAsync();
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
        var view = Reported();
        var model = JsonSerializer.Deserialize<RoutingModel>(state.State.ModelJson!, Json)!;
        var plan = JsonSerializer.Deserialize<RoutePlan>(state.State.PlanJson!, Json)!;
        var rePlan = RePlanner.After(model, plan, disruption, Progress());
        var newPlan = await SolveAsync(rePlan.Model, plan, Solver() with { InitialSolutions = 1, MaxIterations = options.Value.RePlanIterations, IterationsToFeasibility = 0 });
        var fleet = await GrainFactory.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        state.State.ModelJson = JsonSerializer.Serialize(rePlan.Model, Json);
        state.State.PlanJson = JsonSerializer.Serialize(newPlan, Json);
        var next = View(view.DepotId, view.Day, view.Policy, view.Version + 1, rePlan.Model, newPlan, fleet, view.Routes, view.Decisions);
        state.State.View = next with { Unserved = [.. next.Unserved, .. rePlan.Dropped.Select(d => new BinIssue(d.StopId, d.Reason))] };
        _reported = null;
        await state.WriteStateAsync();
        return PlanUpdate.Done(Reported());
    }

    // The crews' reports in the order they came, truck by truck.
    private CrewProgress Progress() => new(Reports
        .GroupBy(report => report.Value.VehicleId, StringComparer.Ordinal)
        .ToDictionary(
            truck => truck.Key,
            truck => (IReadOnlyList<string>)[.. truck.OrderBy(report => report.Value.At).Select(report => report.Key)],
            StringComparer.Ordinal));

    private Task<RoutePlan> SolveAsync(RoutingModel model, RoutePlan? start, SolverOptions solver) =>
        Task.Run(() => new CollectionRouteOptimiser(Travel()).PlanAsync(model, solver, start));

    // The archive is for examining plans offline: a folder that cannot be written is logged, never a failed plan.
    private void Archive(string folder, string depotId, DateOnly day, ArchivedPlan archived)
    {
        try
        {
            Directory.CreateDirectory(folder);
            archived.Write(Path.Combine(folder, FormattableString.Invariant($"{depotId}_{day:yyyy-MM-dd}.json")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogArchiveFailed(e, folder);
        }
    }

    private GreatCircleTravelProvider Travel() => new(options.Value.CircuityFactor, options.Value.AverageSpeedKmh);

    private SolverOptions Solver()
    {
        var settings = options.Value;
        var solver = new SolverOptions { Seed = settings.Seed, TimeLimit = TimeSpan.FromSeconds(settings.TimeLimitSeconds), IterationsToFeasibility = settings.IterationsToFeasibility };
        return settings.PopulationSize is { } size ? solver with { PopulationSize = size } : solver;
    }

    // Stops crews already reported stay on their truck's route, ahead of what the new plan gives it.
    private CollectionPlanView View(
        string depotId, DateOnly day, SelectionPolicy policy, int version, RoutingModel model, RoutePlan plan, FleetConfiguration fleet,
        IReadOnlyList<PlannedRoute> previous, IReadOnlyList<BinDecision> decisions)
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
            NotConsidered = [.. decisions.Where(d => d.Verdict == BinVerdict.NotConsidered).Select(d => new BinIssue(d.BinId, d.ToString()))],
            LeftOut = decisions.Count(d => d.Verdict == BinVerdict.Waits),
            Decisions = decisions,
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

    private CollectionPlanView Reported() => _reported ??= WithReports(state.State.View!);

    private CollectionPlanView WithReports(CollectionPlanView view) => view with
    {
        Routes = [.. view.Routes.Select(route => route with
        {
            Stops = [.. route.Stops.Select(stop => Reports.TryGetValue(stop.Id, out var report) && stop.IsBin ? Marked(stop, report) : stop)],
        })],
    };

    // Keeps the report and the crews' view of the plan together; only the reported bin's route is built again.
    private void Report(string binId, StopReport report)
    {
        Reports[binId] = report;
        if (_reported is not { } view)
        {
            return;
        }

        bool IsReported(PlannedStop stop) => stop.IsBin && stop.Id == binId;
        _reported = view with
        {
            Routes = [.. view.Routes.Select(route => route.Stops.Any(IsReported)
                ? route with { Stops = [.. route.Stops.Select(stop => IsReported(stop) ? Marked(stop, report) : stop)] }
                : route)],
        };
    }

    private static PlannedStop Marked(PlannedStop stop, StopReport report) =>
        stop with { Status = report.Status, MarkedAt = report.At, SkipReason = report.Reason };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not archive a plan in {Folder}")]
    private partial void LogArchiveFailed(Exception error, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned depot {DepotId} for {Day} ({Policy}): {Routes} routes, {Stops} bins, {LeftOut} left for another day")]
    private partial void LogPlanned(string depotId, DateOnly day, SelectionPolicy policy, int routes, int stops, int leftOut);
}
