using Waste.Grains.Planning;
using Waste.Simulation.Devices;
using Waste.Simulation.Faults;
using Waste.Simulation.Kpis;
using Waste.Simulation.Models;

namespace Waste.Simulation.Trucks;

/// <summary>
/// Drives the day's planned routes in virtual time, truck by truck and event by event (arrive, empty or skip, unload,
/// go home), whatever the plan holds (the crew's lunch where the plan puts it, where the truck stands): distance and time of each leg from the <see cref="RoadModel"/>, a service time
/// at each bin, the waste into the truck (a truck that would overflow goes to unload first, an unplanned disposal
/// trip), a full truck home via the disposal site. It empties the true bins it reaches, reports each stop to the
/// dispatcher as a crew would (collected, or skipped with a reason when the bin lies knocked over or the street is
/// blocked), and breaks trucks down on the days the <see cref="CrewRules"/> draw; after a skip or a breakdown it
/// follows the dispatcher's new plan. A collected stop's report needs no answer, so the trucks drive on while it is on
/// its way: each depot's reports arrive in the order they were made, and all of them before the dispatcher hears of a
/// skip or a breakdown and before <see cref="RunUntilAsync"/> returns.
/// </summary>
public sealed class TruckExecutor(
    FleetConfiguration fleet, IReadOnlyDictionary<string, BinContents> bins, FaultSchedule faults, IDispatch dispatch, KpiLedger ledger,
    RoadModel road, CrewRules rules, int seed)
{
    private readonly List<TruckRun> _trucks = [];
    private readonly Dictionary<string, HashSet<string>> _chosen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _collected = new(StringComparer.Ordinal);

    // Per depot, its latest report of a collected stop, which follows the depot's earlier ones.
    private readonly Dictionary<string, Task> _reporting = new(StringComparer.Ordinal);

    /// <summary>The trucks of the days in progress.</summary>
    public IReadOnlyList<TruckRun> Trucks => _trucks;

    /// <summary>True while a truck still has something to do.</summary>
    public bool AnyOut => _trucks.Exists(t => t.IsOut);

    /// <summary>Takes a depot's planned day: every route's truck leaves the depot at its planned departure.</summary>
    public void Start(CollectionPlanView plan)
    {
        Follow(plan, plan.PlannedAt);
    }

    /// <summary>Drives every truck up to <paramref name="now"/>: each event due by then happens, earliest first.</summary>
    public async Task RunUntilAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (NextEvent() is { } next && next.At <= now)
        {
            await StepAsync(next.Truck, next.At, cancellationToken);
        }

        await ReportedAsync();
    }

    /// <summary>Closes the days begun: trucks still out are recalled (what they carry stays on board), each truck's
    /// day is booked, and the chosen bins not emptied count as missed pickups.</summary>
    public void FinishDays(DateTimeOffset now)
    {
        foreach (var truck in _trucks)
        {
            if (truck.IsOut)
            {
                truck.FinishedAt = now;
            }

            ledger.TruckDay(truck.Streams, truck.Km, ((truck.FinishedAt ?? now) - truck.DepartedAt).TotalHours, TruckModel.LitresPerKm(truck.Vehicle));
        }

        ledger.Missed(_chosen.Values.SelectMany(c => c).Distinct(StringComparer.Ordinal).Count(b => !_collected.Contains(b)));
        _trucks.Clear();
        _chosen.Clear();
        _collected.Clear();
    }

    // The next thing that happens: a truck reaching its next place, or breaking down on the way.
    private (TruckRun Truck, DateTimeOffset At)? NextEvent()
    {
        (TruckRun, DateTimeOffset)? best = null;
        foreach (var truck in _trucks.Where(t => t.IsOut))
        {
            var at = ArrivalAt(truck);
            if (truck.BreakdownAt is { } breakdown && breakdown < at)
            {
                at = breakdown;
            }

            if (best is null || at < best.Value.Item2 || (at == best.Value.Item2 && string.CompareOrdinal(truck.Vehicle.Id, best.Value.Item1.Vehicle.Id) < 0))
            {
                best = (truck, at);
            }
        }

        return best;
    }

    private DateTimeOffset ArrivalAt(TruckRun truck)
    {
        if (truck.Remaining.Count > 0 && truck.Remaining[0].IsBreak)
        {
            return truck.FreeAt;
        }

        var (latitude, longitude) = truck.Remaining.Count > 0 ? (truck.Remaining[0].Latitude, truck.Remaining[0].Longitude) : Home(truck);
        return truck.FreeAt + road.Drive(road.Km(truck.Position.Latitude, truck.Position.Longitude, latitude, longitude));
    }

    private async Task StepAsync(TruckRun truck, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (truck.BreakdownAt is { } breakdown && breakdown == at && at < ArrivalAt(truck))
        {
            await BreakDownAsync(truck, at, cancellationToken);
            return;
        }

        if (truck.Remaining.Count == 0)
        {
            GoHome(truck);
            return;
        }

        var stop = truck.Remaining[0];
        if (stop.IsBreak)
        {
            truck.Remaining.RemoveAt(0);
            TakeLunch(truck, stop);
            return;
        }

        Drive(truck, stop.Latitude, stop.Longitude);
        truck.Remaining.RemoveAt(0);
        if (stop.IsDisposal)
        {
            Unload(truck, fleet.DisposalSites.First(s => s.Id == stop.Id));
            return;
        }

        await ServeAsync(truck, stop, cancellationToken);
    }

    private async Task ServeAsync(TruckRun truck, PlannedStop stop, CancellationToken cancellationToken)
    {
        if (!bins.TryGetValue(stop.Id, out var contents))
        {
            // A stop the simulation does not know (another city's bin in the same cloud): nothing to empty.
            await SkipAsync(truck, stop, "nothing_out", cancellationToken);
            return;
        }

        var reason = faults.IsActive(FaultKind.Vandalism, stop.Id, truck.FreeAt) ? "bin_damaged"
            : CounterNoise.Uniform(seed, stop.Id.GetStableIndex(), truck.Day.DayNumber) < rules.BlockedShare ? "blocked"
            : null;
        if (reason is not null)
        {
            await SkipAsync(truck, stop, reason, cancellationToken);
            return;
        }

        contents.AdvanceTo(truck.FreeAt);
        if (truck.LoadLitres + contents.Litres > truck.Vehicle.CapacityLitres && truck.LoadLitres > 0)
        {
            // The body cannot take this bin: unload first, then come back for it.
            var site = NearestSite(truck, stop.Stream);
            Drive(truck, site.Latitude, site.Longitude);
            Unload(truck, site);
            Drive(truck, stop.Latitude, stop.Longitude);
        }

        var fill = contents.FillPercent;
        var litres = contents.Empty(truck.FreeAt);
        truck.LoadLitres += litres;
        truck.FreeAt += rules.ServiceTime;
        _collected.Add(stop.Id);
        ledger.Collected(truck.Streams, fill, litres);
        var earlier = _reporting.GetValueOrDefault(truck.DepotId, Task.CompletedTask);
        _reporting[truck.DepotId] = ReportAfterAsync(earlier, () => dispatch.CollectedAsync(truck.DepotId, truck.Day, truck.Vehicle.Id, stop.Id, cancellationToken));
    }

    private static async Task ReportAfterAsync(Task earlier, Func<Task> report)
    {
        await earlier;
        await report();
    }

    // Every collected stop reported so far has arrived: a re-plan must not route them again, and the next step's
    // devices and plans see the cloud as the crews left it.
    private async Task ReportedAsync()
    {
        var reporting = _reporting.Values.ToList();
        _reporting.Clear();
        await Task.WhenAll(reporting);
    }

    private async Task SkipAsync(TruckRun truck, PlannedStop stop, string reason, CancellationToken cancellationToken)
    {
        ledger.Skipped();
        await ReportedAsync();
        Follow(await ReportDisruptionAsync(truck, () => dispatch.SkippedAsync(truck.DepotId, truck.Day, truck.Vehicle.Id, stop.Id, reason, cancellationToken), cancellationToken), truck.FreeAt);
    }

    private async Task BreakDownAsync(TruckRun truck, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The truck stops where it is on the leg: the share of the leg driven counts, the tow home does not.
        var (latitude, longitude) = truck.Remaining.Count > 0 ? (truck.Remaining[0].Latitude, truck.Remaining[0].Longitude) : Home(truck);
        var legKm = road.Km(truck.Position.Latitude, truck.Position.Longitude, latitude, longitude);
        var legTime = road.Drive(legKm);
        var share = legTime > TimeSpan.Zero ? Math.Clamp((at - truck.FreeAt) / legTime, 0, 1) : 0;
        truck.Km += share * legKm;
        truck.Broken = true;
        truck.FinishedAt = at;
        ledger.BrokeDown();
        await ReportedAsync();
        Follow(await ReportDisruptionAsync(truck, () => dispatch.OutOfServiceAsync(truck.DepotId, truck.Day, truck.Vehicle.Id, cancellationToken), cancellationToken), at);
    }

    // A disruption the dispatcher answered with an error is counted, and the crews take the depot's day as it now
    // stands: the cloud may have re-planned after all (a re-plan that outlasts the grain call's timeout answers an
    // error, then finishes), and a crew that kept its old route would report stops the cloud moved to another truck.
    private async Task<CollectionPlanView> ReportDisruptionAsync(TruckRun truck, Func<Task<CollectionPlanView>> report, CancellationToken cancellationToken)
    {
        try
        {
            return await report();
        }
        catch (Cloud.CloudRequestFailed)
        {
            ledger.RePlanRefused();
            return await dispatch.CurrentAsync(truck.DepotId, truck.Day, cancellationToken);
        }
    }

    // Takes the dispatcher's latest plan for a depot's day: each truck's stops still planned, in order, from where
    // the truck is. A truck that was home and gets new stops goes out again.
    private void Follow(CollectionPlanView plan, DateTimeOffset at)
    {
        if (!_chosen.TryGetValue(plan.DepotId, out var chosen))
        {
            _chosen[plan.DepotId] = chosen = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var issue in plan.Unserved)
        {
            chosen.Add(issue.BinId);
        }

        foreach (var route in plan.Routes)
        {
            var remaining = route.Stops.Where(s => s.Status == StopStatus.Planned).ToList();
            foreach (var stop in route.Stops.Where(s => s.IsBin))
            {
                chosen.Add(stop.Id);
            }

            var truck = _trucks.Find(t => t.Vehicle.Id == route.VehicleId && t.Day == plan.Day);
            if (truck is null)
            {
                if (remaining.Count == 0 || fleet.Vehicles.FirstOrDefault(v => v.Id == route.VehicleId) is not { } vehicle)
                {
                    continue;
                }

                var depot = fleet.Depots.First(d => d.Id == plan.DepotId);
                truck = new TruckRun(vehicle, plan.DepotId, plan.Day, depot.Latitude, depot.Longitude, route.Departure > at ? route.Departure : at)
                {
                    BreakdownAt = BreakdownTime(vehicle.Id, plan.Day, route),
                };
                _trucks.Add(truck);
            }
            else if (truck.Broken)
            {
                continue;
            }
            else if (truck.FinishedAt is { } back && remaining.Count > 0)
            {
                truck.FinishedAt = null;
                truck.FreeAt = back > at ? back : at;
            }

            truck.Remaining = remaining;
        }
    }

    private DateTimeOffset? BreakdownTime(string truckId, DateOnly day, PlannedRoute route)
    {
        var stream = truckId.GetStableIndex();
        if (CounterNoise.Uniform(seed, stream, 2L * day.DayNumber) >= rules.BreakdownShare)
        {
            return null;
        }

        var span = route.Return - route.Departure;
        return route.Departure + span * (0.2 + 0.6 * CounterNoise.Uniform(seed, stream, 2L * day.DayNumber + 1));
    }

    private void GoHome(TruckRun truck)
    {
        if (truck.LoadLitres > 0)
        {
            var site = NearestSite(truck, truck.Vehicle.Streams.FirstOrDefault());
            Drive(truck, site.Latitude, site.Longitude);
            Unload(truck, site);
        }

        var (latitude, longitude) = Home(truck);
        Drive(truck, latitude, longitude);
        truck.FinishedAt = truck.FreeAt;
    }

    // The crew eats where the truck stands: from the plan's start of the lunch, or as soon as it gets there if late.
    private void TakeLunch(TruckRun truck, PlannedStop lunch)
    {
        var duration = truck.Vehicle.Lunch?.Duration ?? lunch.Departure - lunch.Arrival;
        var plannedStart = lunch.Departure - duration;
        truck.FreeAt = (truck.FreeAt > plannedStart ? truck.FreeAt : plannedStart) + duration;
        ledger.TookLunch(duration);
    }

    private void Drive(TruckRun truck, double latitude, double longitude)
    {
        var km = road.Km(truck.Position.Latitude, truck.Position.Longitude, latitude, longitude);
        truck.Km += km;
        truck.FreeAt += road.Drive(km);
        truck.Position = (latitude, longitude);
    }

    private void Unload(TruckRun truck, DisposalSiteSpec site)
    {
        truck.LoadLitres = 0;
        truck.FreeAt += site.UnloadTime;
        ledger.Unloaded(truck.Streams);
    }

    private DisposalSiteSpec NearestSite(TruckRun truck, Registry.WasteStream? stream) => fleet.DisposalSites
        .Where(s => stream is null || s.Streams.Contains(stream.Value))
        .DefaultIfEmpty(fleet.DisposalSites[0])
        .MinBy(s => road.Km(truck.Position.Latitude, truck.Position.Longitude, s.Latitude, s.Longitude))!;

    private (double Latitude, double Longitude) Home(TruckRun truck)
    {
        var depot = fleet.Depots.First(d => d.Id == truck.DepotId);
        return (depot.Latitude, depot.Longitude);
    }
}
