using Waste.Routing.Solving.Search;

namespace Waste.Routing.Solving;

/// <summary>The totals of one route computed from scratch, node by node: distance, excess load per dimension and time warp.</summary>
public readonly record struct RouteEvaluation(bool IsEmpty, long Distance, long[] Excess, long TimeWarp)
{
    /// <summary>Evaluates <paramref name="clients"/> driven by a vehicle of <paramref name="type"/>.</summary>
    public static RouteEvaluation Of(ProblemData data, int type, ReadOnlySpan<int> clients)
    {
        var vehicle = data.VehicleTypes[type];
        var excess = new long[data.Dimensions];
        if (clients.IsEmpty)
        {
            return new RouteEvaluation(true, 0, excess, 0);
        }

        long distance = 0;
        var previous = vehicle.StartDepot;
        foreach (var node in clients)
        {
            var next = data.LocationAfter(previous, node);
            distance += data.Dist(previous, next);
            previous = next;
        }

        distance += data.Dist(previous, vehicle.EndDepot);
        for (var d = 0; d < data.Dimensions; d++)
        {
            var load = SearchRoute.StartLoad(data, type, d);
            foreach (var node in clients)
            {
                load = LoadSegment.Merge(load, SearchRoute.NodeLoad(data, node, d), vehicle.Capacity[d]);
            }

            excess[d] = load.ExcessLoad(vehicle.Capacity[d], LoadSegment.EndsEmpty(data, type, d));
        }

        long timeWarp = 0;
        if (data.HasTimeConstraints)
        {
            var time = SearchRoute.StartSegment(data, type);
            previous = vehicle.StartDepot;
            foreach (var node in clients)
            {
                var next = data.LocationAfter(previous, node);
                time = DurationSegment.Merge(time, SearchRoute.NodeTime(data, node), data.Time(previous, next));
                previous = next;
            }

            time = DurationSegment.Merge(time, SearchRoute.EndSegment(data, type), data.Time(previous, vehicle.EndDepot));
            timeWarp = time.TotalTimeWarp(vehicle.MaxDuration);
        }

        return new RouteEvaluation(false, distance, excess, timeWarp);
    }

    /// <summary>Fixed and distance cost of the route (zero when empty).</summary>
    public double DistanceCost(ProblemData data, int type) =>
        IsEmpty ? 0 : data.VehicleTypes[type].FixedCost + data.VehicleTypes[type].UnitDistanceCost * Distance;

    /// <summary>The route's penalised cost under <paramref name="weights"/>.</summary>
    public double PenalisedCost(ProblemData data, int type, CostWeights weights) =>
        IsEmpty ? 0 : SearchRoute.RouteCost(data, type, Distance, Excess, TimeWarp, weights);
}
