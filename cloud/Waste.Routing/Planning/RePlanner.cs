using Waste.Routing.Modelling;

namespace Waste.Routing.Planning;

/// <summary>The model for the rest of the day after a disruption, and the stops it takes out of planning.</summary>
/// <param name="Model">Stops still to serve, trucks still available, each starting where it stands.</param>
/// <param name="Dropped">Stops taken out of today's plan, with the reason (a skipped stop).</param>
public sealed record RePlan(RoutingModel Model, IReadOnlyList<UnservedStop> Dropped);

/// <summary>
/// Re-planning after a disruption. Visits finished by the disruption's time count as served; a truck out of service is
/// removed; every truck already on the road starts again from its last visit at that time, with the load it carries on
/// board and the working time used taken off its maximum duration; a skipped stop leaves today's plan.
/// </summary>
public static class RePlanner
{
    /// <summary>The model for the rest of the day after <paramref name="disruption"/>.</summary>
    public static RePlan After(RoutingModel model, RoutePlan plan, Disruption disruption)
    {
        var now = disruption.At;
        var served = plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Stop && v.Departure <= now).Select(v => v.Id).ToHashSet();
        var dropped = new List<UnservedStop>();
        if (disruption is StopSkipped skipped)
        {
            dropped.Add(new UnservedStop(skipped.StopId, $"skipped by the crew: {skipped.Reason}"));
        }

        var depots = model.Depots.ToList();
        var vehicles = new List<Vehicle>();
        foreach (var vehicle in model.Vehicles)
        {
            if (disruption is VehicleOutOfService broken && broken.VehicleId == vehicle.Id)
            {
                continue;
            }

            var route = plan.Routes.FirstOrDefault(r => r.VehicleId == vehicle.Id);
            if (route is null || route.Departure > now)
            {
                vehicles.Add(vehicle.Shift.Start < now ? vehicle with { Shift = vehicle.Shift with { Start = now } } : vehicle);
                continue;
            }

            vehicles.Add(OnTheRoad(model, vehicle, route, now, depots));
        }

        var stops = model.Stops.Where(s => !served.Contains(s.Id) && !dropped.Any(d => d.StopId == s.Id)).ToList();
        return new RePlan(model with { Depots = depots, Vehicles = vehicles, Stops = stops }, dropped);
    }

    private static Vehicle OnTheRoad(RoutingModel model, Vehicle vehicle, VehicleRoute route, DateTimeOffset now, List<Depot> depots)
    {
        var done = route.Visits.Where(v => v.Departure <= now).ToList();
        var last = done.LastOrDefault();
        var position = last is null
            ? model.Depots.First(d => d.Id == vehicle.StartDepot).Location
            : last.Kind == VisitKind.Stop
                ? model.Stops.First(s => s.Id == last.Id).Location
                : model.DisposalSites.First(s => s.Id == last.Id).Location;
        var here = new Depot($"position of {vehicle.Id}", position);
        depots.Add(here);
        var onBoard = last?.OnBoard ?? vehicle.LoadOnBoard;
        var start = last is null || last.Departure < now ? now : last.Departure;
        return vehicle with
        {
            StartDepot = here.Id,
            EndDepot = vehicle.EndDepot ?? vehicle.StartDepot,
            Shift = vehicle.Shift with { Start = start > vehicle.Shift.Start ? start : vehicle.Shift.Start },
            LoadOnBoard = onBoard,
            MaxDuration = vehicle.MaxDuration is { } max ? Max(TimeSpan.Zero, max - (now - route.Departure)) : null,
            MaxDisposalTrips = Math.Max(0, vehicle.MaxDisposalTrips - done.Count(v => v.Kind == VisitKind.Disposal)),
            FixedCost = 0,
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
