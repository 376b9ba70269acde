using Waste.Routing.Modelling;

namespace Waste.Routing.Planning;

/// <summary>The model for the rest of the day after a disruption, and the stops it takes out of planning.</summary>
/// <param name="Model">Stops still to serve, trucks still available, each starting where it stands.</param>
/// <param name="Dropped">Stops taken out of today's plan, with the reason (a skipped stop).</param>
public sealed record RePlan(RoutingModel Model, IReadOnlyList<UnservedStop> Dropped);

/// <summary>
/// Re-planning after a disruption. Without crew reports, visits the plan finished by the disruption's time count as
/// served; with them, the stops crews reported reaching do, and each truck stands at its last reported stop. A truck out of
/// service is removed; every truck already on the road starts again from where it stands, with the load it carries on
/// board and the working time used taken off its maximum duration; a truck whose shift is over takes no more work (the
/// stops it reported stay on its route); a skipped stop leaves today's plan. A crew never gets a second lunch: its break
/// is behind it once the plan's break has started (a crew at lunch starts again when the lunch ends), and a break whose
/// window has closed is no longer owed.
/// </summary>
public static class RePlanner
{
    /// <summary>The model for the rest of the day after <paramref name="disruption"/>.</summary>
    /// <param name="model">The model the plan was made for.</param>
    /// <param name="plan">The plan being followed.</param>
    /// <param name="disruption">What happened.</param>
    /// <param name="progress">What crews reported; null to go by the plan's clock.</param>
    public static RePlan After(RoutingModel model, RoutePlan plan, Disruption disruption, CrewProgress? progress = null)
    {
        var now = disruption.At;
        var served = progress is null
            ? plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Stop && v.Departure <= now).Select(v => v.Id).ToHashSet()
            : progress.AllReached.ToHashSet();
        var dropped = new List<UnservedStop>();
        if (disruption is StopSkipped skipped)
        {
            dropped.Add(new UnservedStop(skipped.StopId, $"skipped by the crew: {skipped.Reason}"));
        }

        var depots = model.Depots.ToList();
        var vehicles = new List<Vehicle>();
        foreach (var vehicle in model.Vehicles)
        {
            if ((disruption is VehicleOutOfService broken && broken.VehicleId == vehicle.Id) || now >= vehicle.Shift.End)
            {
                continue;
            }

            var route = plan.Routes.FirstOrDefault(r => r.VehicleId == vehicle.Id);
            if (route is null || !HasStarted(route, now, progress))
            {
                var waiting = vehicle with { Break = BreakStillOwed(vehicle, route, now) };
                vehicles.Add(waiting.Shift.Start < now ? waiting with { Shift = waiting.Shift with { Start = now } } : waiting);
                continue;
            }

            vehicles.Add(OnTheRoad(model, vehicle, route, Done(route, now, progress), now, depots));
        }

        var stops = model.Stops.Where(s => !served.Contains(s.Id) && !dropped.Any(d => d.StopId == s.Id)).ToList();
        return new RePlan(model with { Depots = depots, Vehicles = vehicles, Stops = stops }, dropped);
    }

    // A crew that reported a stop has left, whatever time the plan gave it.
    private static bool HasStarted(VehicleRoute route, DateTimeOffset now, CrewProgress? progress) =>
        route.Departure <= now || progress?.ReachedBy(route.VehicleId).Count > 0;

    // The visits behind a truck: by the clock, or up to the last stop its crew reported (disposal trips between
    // included), which is where it stands.
    private static List<PlannedVisit> Done(VehicleRoute route, DateTimeOffset now, CrewProgress? progress)
    {
        if (progress is null)
        {
            return [.. route.Visits.Where(v => v.Departure <= now)];
        }

        var reported = progress.ReachedBy(route.VehicleId);
        if (reported.Count == 0)
        {
            return [];
        }

        var last = route.Visits.ToList().FindLastIndex(v => v.Kind == VisitKind.Stop && v.Id == reported[^1]);
        return [.. route.Visits.Take(last + 1)];
    }

    private static Vehicle OnTheRoad(RoutingModel model, Vehicle vehicle, VehicleRoute route, List<PlannedVisit> done, DateTimeOffset now, List<Depot> depots)
    {
        var last = done.LastOrDefault();
        var stood = done.LastOrDefault(v => v.Kind != VisitKind.Break);
        var position = stood is null
            ? model.Depots.First(d => d.Id == vehicle.StartDepot).Location
            : stood.Kind == VisitKind.Stop
                ? model.Stops.First(s => s.Id == stood.Id).Location
                : model.DisposalSites.First(s => s.Id == stood.Id).Location;
        var here = new Depot($"position of {vehicle.Id}", position);
        // A model already re-planned holds the truck's earlier position: this one replaces it.
        depots.RemoveAll(d => d.Id == here.Id);
        depots.Add(here);
        var onBoard = last?.OnBoard ?? vehicle.LoadOnBoard;
        var start = last is null || last.Departure < now ? now : last.Departure;
        var lunch = route.Visits.FirstOrDefault(v => v.Kind == VisitKind.Break);
        if (lunch is not null && !done.Contains(lunch) && lunch.ServiceStart <= now && lunch.Departure > start)
        {
            // The crew is at lunch by the plan: it drives again when the lunch ends.
            start = lunch.Departure;
        }

        return vehicle with
        {
            StartDepot = here.Id,
            EndDepot = vehicle.EndDepot ?? vehicle.StartDepot,
            // A crew ahead of the plan may have reported a stop planned after the shift's end: it starts at the end.
            Shift = vehicle.Shift with { Start = Min(Max(start, vehicle.Shift.Start), vehicle.Shift.End) },
            LoadOnBoard = onBoard,
            MaxDuration = vehicle.MaxDuration is { } max ? Max(TimeSpan.Zero, max - (now - route.Departure)) : null,
            MaxDisposalTrips = Math.Max(0, vehicle.MaxDisposalTrips - done.Count(v => v.Kind == VisitKind.Disposal)),
            // The rest of the day's rules: a break taken is behind the crew, stops served and volume collected count.
            Break = done.Any(v => v.Kind == VisitKind.Break) ? null : BreakStillOwed(vehicle, route, now),
            MaxStops = vehicle.MaxStops is { } stops ? Math.Max(0, stops - done.Count(v => v.Kind == VisitKind.Stop)) : null,
            DailyVolumeLimit = vehicle.DailyVolumeLimit is { } daily
                ? Math.Max(0, daily - vehicle.LoadOnBoard.Litres - Collected(model, done)) + onBoard.Litres
                : null,
            FixedCost = 0,
        };
    }

    // A break the plan started by now is the crew's (eaten, or being eaten), whatever it reported; one whose window has
    // closed cannot be given any more.
    private static CrewBreak? BreakStillOwed(Vehicle vehicle, VehicleRoute? route, DateTimeOffset now) =>
        vehicle.Break is { } owed && now <= owed.LatestStart
            && route?.Visits.Any(v => v.Kind == VisitKind.Break && v.ServiceStart <= now) != true
            ? owed
            : null;

    // The volume collected by the visits done (the load on board at the start counts in the limit through LoadOnBoard).
    private static double Collected(RoutingModel model, List<PlannedVisit> done) =>
        done.Where(v => v.Kind == VisitKind.Stop).Sum(v => model.Stops.FirstOrDefault(s => s.Id == v.Id)?.Demand.Litres ?? 0);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
