using Waste.Routing.Modelling;
using Waste.Routing.Travel;

namespace Waste.Routing.Checking;

/// <summary>What the checker found about a route plan.</summary>
/// <param name="Cost">Fixed costs, cost per km driven, and penalties of optional stops not served, recomputed.</param>
/// <param name="Violations">Every broken rule, naming the truck and the stop; empty when the plan is feasible.</param>
/// <param name="UnservedMandatory">Mandatory stops no route serves (the plan must give each a reason).</param>
public sealed record PlanCheckReport(double Cost, IReadOnlyList<string> Violations, IReadOnlyList<string> UnservedMandatory)
{
    /// <summary>Whether no rule is broken.</summary>
    public bool IsFeasible => Violations.Count == 0;
}

/// <summary>
/// Checks a <see cref="RoutePlan"/> against its model and travel matrix by driving each route again, with none of the
/// solver's code: each truck used once and within its shift and maximum duration, each stop at most once and only by a
/// truck that collects its stream, service within windows (waiting allowed), volume and mass within capacity on every
/// trip, unloading only where the site accepts the truck's streams and at most the allowed number of times; the day's
/// volume and stop count within the truck's limits, nothing on board when it must unload before returning, and exactly
/// one break, started within its window where the truck stands, for a truck with a break.
/// </summary>
public static class RoutePlanChecker
{
    /// <summary>Checks <paramref name="plan"/>.</summary>
    public static PlanCheckReport Check(RoutingModel model, TravelMatrix matrix, RoutePlan plan)
    {
        var violations = new List<string>();
        var stops = model.Stops.Select((s, i) => (s, i)).ToDictionary(p => p.s.Id, p => p.i);
        var sites = model.DisposalSites.Select((s, i) => (s, i)).ToDictionary(p => p.s.Id, p => p.i);
        var depots = model.Depots.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var vehicles = model.Vehicles.ToDictionary(v => v.Id);
        var served = new int[model.Stops.Count];
        var used = new HashSet<string>();
        double cost = 0;
        foreach (var route in plan.Routes)
        {
            if (!vehicles.TryGetValue(route.VehicleId, out var vehicle))
            {
                violations.Add($"{route.VehicleId}: no such vehicle");
                continue;
            }

            if (!used.Add(vehicle.Id))
            {
                violations.Add($"{vehicle.Id}: has more than one route");
            }

            cost += vehicle.FixedCost;
            var here = depots[vehicle.StartDepot];
            var time = route.Departure;
            if (time < vehicle.Shift.Start)
            {
                violations.Add($"{vehicle.Id}: leaves at {time:HH:mm}, before its shift starts");
            }

            long metres = 0;
            var onBoard = vehicle.LoadOnBoard;
            var unloads = 0;
            var collected = vehicle.LoadOnBoard.Litres;
            var stopsServed = 0;
            var breaks = 0;
            foreach (var visit in route.Visits)
            {
                if (visit.Kind == VisitKind.Break)
                {
                    // Taken where the truck stands: no travel, and it may wait for the break's window to open.
                    breaks++;
                    if (vehicle.Break is not { } rest)
                    {
                        violations.Add($"{vehicle.Id}: takes a break it does not have");
                        continue;
                    }

                    var breakStart = time < rest.EarliestStart ? rest.EarliestStart : time;
                    if (visit.ServiceStart > breakStart)
                    {
                        breakStart = visit.ServiceStart;
                    }

                    if (breakStart > rest.LatestStart)
                    {
                        violations.Add($"{vehicle.Id}: starts its break at {breakStart:HH:mm}, after {rest.LatestStart:HH:mm}");
                    }

                    time = breakStart + rest.Duration;
                    continue;
                }

                int place;
                TimeWindow? window;
                TimeSpan service;
                if (visit.Kind == VisitKind.Stop && stops.TryGetValue(visit.Id, out var s))
                {
                    var stop = model.Stops[s];
                    place = RoutingPlaces.Stop(model, s);
                    (window, service) = (stop.Window, stop.ServiceTime);
                    served[s]++;
                    collected += stop.Demand.Litres;
                    if (vehicle.MaxStops is { } maxStops && ++stopsServed > maxStops)
                    {
                        violations.Add($"{vehicle.Id}: serves more than {maxStops} stops");
                    }

                    if (vehicle.DailyVolumeLimit is { } daily && collected > daily + 1e-6)
                    {
                        violations.Add($"{vehicle.Id}: collects {collected:0.#} L in the day after {stop.Id}, more than its limit of {daily:0.#} L");
                    }

                    if (!vehicle.Streams.Contains(stop.Stream))
                    {
                        violations.Add($"{vehicle.Id}: collects {stop.Id} of stream '{stop.Stream}' it does not take");
                    }

                    onBoard += stop.Demand;
                    if (!onBoard.FitsIn(vehicle.Capacity))
                    {
                        violations.Add($"{vehicle.Id}: over capacity after {stop.Id} ({onBoard.Litres:0.#} L, {onBoard.Kilograms:0.#} kg)");
                    }
                }
                else if (visit.Kind == VisitKind.Disposal && sites.TryGetValue(visit.Id, out var k))
                {
                    var site = model.DisposalSites[k];
                    place = RoutingPlaces.Site(model, k);
                    (window, service) = (site.OpeningHours, site.UnloadTime);
                    onBoard = new Load(0, 0);
                    if (++unloads > vehicle.MaxDisposalTrips)
                    {
                        violations.Add($"{vehicle.Id}: unloads more than {vehicle.MaxDisposalTrips} times");
                    }

                    if (!vehicle.Streams.All(site.Streams.Contains))
                    {
                        violations.Add($"{vehicle.Id}: unloads at {site.Id}, which does not accept all it collects");
                    }
                }
                else
                {
                    violations.Add($"{vehicle.Id}: visits unknown {visit.Kind} '{visit.Id}'");
                    continue;
                }

                metres += matrix.Metres[here * matrix.Size + place];
                time += TimeSpan.FromSeconds(matrix.Seconds[here * matrix.Size + place]);
                if (window is { } w)
                {
                    time = time < w.Start ? w.Start : time;
                    if (time > w.End)
                    {
                        violations.Add($"{vehicle.Id}: reaches {visit.Id} at {time:HH:mm}, after its window closes at {w.End:HH:mm}");
                    }
                }

                time += service;
                here = place;
            }

            if (vehicle.UnloadBeforeReturn && (onBoard.Litres > 0 || onBoard.Kilograms > 0))
            {
                violations.Add($"{vehicle.Id}: returns with {onBoard.Litres:0.#} L on board instead of unloading first");
            }

            if (vehicle.Break is not null && route.Visits.Count > 0 && breaks != 1)
            {
                violations.Add($"{vehicle.Id}: takes {breaks} breaks, not one");
            }

            var end = depots[vehicle.EndDepot ?? vehicle.StartDepot];
            metres += matrix.Metres[here * matrix.Size + end];
            time += TimeSpan.FromSeconds(matrix.Seconds[here * matrix.Size + end]);
            if (time > vehicle.Shift.End)
            {
                violations.Add($"{vehicle.Id}: back at {time:HH:mm}, after its shift ends at {vehicle.Shift.End:HH:mm}");
            }

            if (vehicle.MaxDuration is { } max && time - route.Departure > max)
            {
                violations.Add($"{vehicle.Id}: works {(time - route.Departure).TotalHours:0.##} h, more than {max.TotalHours:0.##} h");
            }

            cost += vehicle.CostPerKm * metres / 1000.0;
        }

        var unservedMandatory = new List<string>();
        for (var s = 0; s < model.Stops.Count; s++)
        {
            var stop = model.Stops[s];
            if (served[s] > 1)
            {
                violations.Add($"{stop.Id}: served {served[s]} times");
            }
            else if (served[s] == 0 && stop.Mandatory)
            {
                unservedMandatory.Add(stop.Id);
            }
            else if (served[s] == 0)
            {
                cost += stop.SkipPenalty;
            }
        }

        return new PlanCheckReport(cost, violations, unservedMandatory);
    }
}
