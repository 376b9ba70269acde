using Waste.Routing.Solving.Search;

namespace Waste.Routing.Solving;

/// <summary>When a route should leave its depot: the earliest start that adds no waiting (Vidal's segment start).</summary>
public static class RouteSchedule
{
    /// <summary>Departure time of <paramref name="clients"/> driven by a vehicle of <paramref name="type"/>.</summary>
    public static long Earliest(ProblemData data, int type, ReadOnlySpan<int> clients)
    {
        var vehicle = data.VehicleTypes[type];
        var time = SearchRoute.StartSegment(data, type);
        var previous = vehicle.StartDepot;
        foreach (var node in clients)
        {
            var next = data.LocationAfter(previous, node);
            time = DurationSegment.Merge(time, SearchRoute.NodeTime(data, node), data.Time(previous, next));
            previous = next;
        }

        time = DurationSegment.Merge(time, SearchRoute.EndSegment(data, type), data.Time(previous, vehicle.EndDepot));
        return Math.Max(time.Earliest, vehicle.ShiftStart);
    }
}
