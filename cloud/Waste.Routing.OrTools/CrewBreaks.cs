using Google.OrTools.ConstraintSolver;
using Waste.Routing.Solving;

namespace Waste.Routing.OrTools;

/// <summary>
/// Crew breaks in OR-Tools: each vehicle that owes a break gets a break interval on the time dimension (its window for
/// the start, its duration), which OR-Tools places between visits; the break nodes themselves stay out of the routes.
/// Reading a solution back, a vehicle's break node is put in its route where our rules (a break taken at a place,
/// after a visit) make the route least late, since OR-Tools may also pause a truck half-way along a road.
/// </summary>
internal static class CrewBreaks
{
    /// <summary>Dimensions that only break nodes use (what a vehicle owes, which kind it may take): OR-Tools' intervals
    /// replace them.</summary>
    public static bool IsBreakDimension(ProblemData data, int d)
    {
        var used = false;
        for (var i = data.DepotCount; i < data.NodeCount; i++)
        {
            if (data.Demand[i * data.Dimensions + d] != 0)
            {
                if (!data.IsBreak[i])
                {
                    return false;
                }

                used = true;
            }
        }

        return used;
    }

    /// <summary>For each vehicle, a break node of the kind it owes (each vehicle its own), or -1 when it owes none.</summary>
    public static int[] Owed(ProblemData data, int[] vehicleTypeOf)
    {
        var free = Enumerable.Range(data.DepotCount, data.ClientCount).Where(n => data.IsBreak[n]).ToList();
        var owed = new int[vehicleTypeOf.Length];
        for (var v = 0; v < owed.Length; v++)
        {
            owed[v] = free.FirstOrDefault(b => Fits(data, vehicleTypeOf[v], b), -1);
            free.Remove(owed[v]);
        }

        return owed;
    }

    /// <summary>Keeps the break nodes out of the routes and gives each vehicle that owes one its break interval.</summary>
    public static IntervalVar?[] Add(ProblemData data, RoutingIndexManager manager, RoutingModel routing, RoutingDimension time, int[] owed)
    {
        for (var node = data.DepotCount; node < data.NodeCount; node++)
        {
            if (data.IsBreak[node])
            {
                routing.ActiveVar(manager.NodeToIndex(node)).SetValue(0);
            }
        }

        var visits = Enumerable.Range(0, (int)routing.Size()).Select(index => routing.IsStart(index) ? 0L : data.ServiceTime[manager.IndexToNode(index)]).ToArray();
        var intervals = new IntervalVar?[owed.Length];
        for (var v = 0; v < owed.Length; v++)
        {
            if (owed[v] < 0)
            {
                continue;
            }

            var b = owed[v];
            intervals[v] = routing.solver().MakeFixedDurationIntervalVar(data.Earliest[b], data.Latest[b], data.ServiceTime[b], false, $"break{v}");
            time.SetBreakIntervalsOfVehicle(new IntervalVarVector { intervals[v] }, v, visits);
        }

        return intervals;
    }

    /// <summary><paramref name="clients"/> with <paramref name="breakNode"/> where the route is least late (our rules).</summary>
    public static int[] Place(ProblemData data, int type, int[] clients, int breakNode)
    {
        int[]? best = null;
        var bestWarp = long.MaxValue;
        for (var after = 0; after <= clients.Length; after++)
        {
            int[] route = [.. clients[..after], breakNode, .. clients[after..]];
            var warp = RouteEvaluation.Of(data, type, route).TimeWarp;
            if (warp < bestWarp)
            {
                (best, bestWarp) = (route, warp);
            }
        }

        return best!;
    }

    private static bool Fits(ProblemData data, int type, int breakNode)
    {
        var vehicle = data.VehicleTypes[type];
        for (var d = 0; d < data.Dimensions; d++)
        {
            var demand = data.Demand[breakNode * data.Dimensions + d];
            if ((demand < 0 && (vehicle.InitialLoad?[d] ?? 0) <= 0) || (demand > 0 && vehicle.Capacity[d] < demand))
            {
                return false;
            }
        }

        return true;
    }
}
