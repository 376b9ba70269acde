namespace Waste.Routing.Modelling;

/// <summary>
/// Finds what makes a model impossible to plan. Structural problems (duplicate ids, unknown depots, bad numbers) make
/// the whole model invalid; a stop that no truck can serve (its stream collected by none, larger than every compatible
/// truck, its window out of reach within every compatible shift) is named with the reason.
/// </summary>
public static class ModelValidator
{
    /// <summary>Problems that make <paramref name="model"/> unplannable as a whole.</summary>
    public static IReadOnlyList<ModelProblem> Structural(RoutingModel model)
    {
        var problems = new List<ModelProblem>();
        Duplicates(model.Depots.Select(d => d.Id), "depot", problems);
        Duplicates(model.Vehicles.Select(v => v.Id), "vehicle", problems);
        Duplicates(model.Stops.Select(s => s.Id), "stop", problems);
        Duplicates(model.DisposalSites.Select(s => s.Id), "disposal site", problems);
        if (model.Depots.Count == 0)
        {
            problems.Add(new ModelProblem("model", "there is no depot"));
        }

        var depots = model.Depots.Select(d => d.Id).ToHashSet();
        foreach (var depot in model.Depots.Where(d => !d.Location.IsValid))
        {
            problems.Add(new ModelProblem(depot.Id, "location is not a valid latitude and longitude"));
        }

        foreach (var site in model.DisposalSites.Where(s => !s.Location.IsValid || s.UnloadTime < TimeSpan.Zero || s.OpeningHours is { IsValid: false }))
        {
            problems.Add(new ModelProblem(site.Id, "invalid location, unload time or opening hours"));
        }

        foreach (var vehicle in model.Vehicles)
        {
            if (!depots.Contains(vehicle.StartDepot) || !depots.Contains(vehicle.EndDepot ?? vehicle.StartDepot))
            {
                problems.Add(new ModelProblem(vehicle.Id, $"start or end depot is not one of the model's depots"));
            }

            if (!vehicle.Capacity.IsValid || !vehicle.LoadOnBoard.IsValid || !vehicle.Shift.IsValid || vehicle.MaxDuration < TimeSpan.Zero || vehicle.MaxDisposalTrips < 0
                || !double.IsFinite(vehicle.FixedCost) || !double.IsFinite(vehicle.CostPerKm) || vehicle.FixedCost < 0 || vehicle.CostPerKm < 0)
            {
                problems.Add(new ModelProblem(vehicle.Id, "invalid capacity, shift, duration, disposal trips or costs"));
            }

            if (vehicle.Break is { IsValid: false } || vehicle.MaxStops < 0
                || vehicle.DailyVolumeLimit is { } daily && (!double.IsFinite(daily) || daily < 0))
            {
                problems.Add(new ModelProblem(vehicle.Id, "invalid break, stop limit or daily volume limit"));
            }
        }

        foreach (var stop in model.Stops)
        {
            if (!stop.Location.IsValid || !stop.Demand.IsValid || stop.ServiceTime < TimeSpan.Zero
                || !double.IsFinite(stop.SkipPenalty) || stop.SkipPenalty < 0 || stop.Window is { IsValid: false })
            {
                problems.Add(new ModelProblem(stop.Id, "invalid location, demand, service time, window or penalty"));
            }
        }

        return problems;
    }

    /// <summary>
    /// Why each stop that no truck can serve cannot be served, by stop index. Call on a structurally valid model with
    /// its travel matrix (places in <see cref="RoutingPlaces"/> order).
    /// </summary>
    public static IReadOnlyDictionary<int, string> UnservableStops(RoutingModel model, Travel.TravelMatrix matrix)
    {
        var reasons = new Dictionary<int, string>();
        var depotIndex = model.Depots.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        for (var s = 0; s < model.Stops.Count; s++)
        {
            var stop = model.Stops[s];
            var compatible = model.Vehicles.Where(v => v.Streams.Contains(stop.Stream)).ToList();
            if (compatible.Count == 0)
            {
                reasons[s] = $"no vehicle collects stream '{stop.Stream}'";
                continue;
            }

            var large = compatible.Where(v => stop.Demand.FitsIn(v.Capacity)).ToList();
            if (large.Count == 0)
            {
                var biggest = compatible.MaxBy(v => v.Capacity.Litres)!;
                reasons[s] = $"needs {stop.Demand.Litres:0.#} L and {stop.Demand.Kilograms:0.#} kg, more than every truck that collects '{stop.Stream}' holds (largest {biggest.Id}: {biggest.Capacity.Litres:0.#} L, {biggest.Capacity.Kilograms:0.#} kg)";
                continue;
            }

            if (!large.Any(v => Reachable(model, matrix, depotIndex, v, s)))
            {
                reasons[s] = stop.Window is { } w
                    ? $"time window {w.Start:HH:mm}-{w.End:HH:mm} cannot be reached and left in time within any compatible truck's shift"
                    : "cannot be reached and left within any compatible truck's shift";
            }
        }

        return reasons;
    }

    private static bool Reachable(RoutingModel model, Travel.TravelMatrix matrix, Dictionary<string, int> depotIndex, Vehicle vehicle, int s)
    {
        var stop = model.Stops[s];
        var start = RoutingPlaces.Depot(depotIndex[vehicle.StartDepot]);
        var end = RoutingPlaces.Depot(depotIndex[vehicle.EndDepot ?? vehicle.StartDepot]);
        var place = RoutingPlaces.Stop(model, s);
        var there = TimeSpan.FromSeconds(matrix.Seconds[start * matrix.Size + place]);
        var back = TimeSpan.FromSeconds(matrix.Seconds[place * matrix.Size + end]);
        var serviceStart = vehicle.Shift.Start + there;
        if (stop.Window is { } window)
        {
            serviceStart = serviceStart < window.Start ? window.Start : serviceStart;
            if (serviceStart > window.End)
            {
                return false;
            }
        }

        var working = there + stop.ServiceTime + back;
        return serviceStart + stop.ServiceTime + back <= vehicle.Shift.End && (vehicle.MaxDuration is null || working <= vehicle.MaxDuration);
    }

    private static void Duplicates(IEnumerable<string> ids, string what, List<ModelProblem> problems)
    {
        foreach (var id in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new ModelProblem(id, $"{what} id used more than once"));
        }
    }
}
