namespace Waste.Routing.Solving;

/// <summary>
/// Completes given routes into a starting solution: anything that is not a client of the problem or comes twice is
/// dropped, and every required client the routes lack goes where it adds the least distance, on a vehicle that can
/// carry it. Load and time are left to the local search's penalties, which repair what an insertion overfills.
/// </summary>
public static class CheapestInsertion
{
    /// <summary>One client list per vehicle (of <paramref name="data"/>), built from <paramref name="routes"/>.</summary>
    public static int[][] Complete(ProblemData data, IReadOnlyList<int[]> routes)
    {
        var vehicleTypeOf = Enumerable.Range(0, data.VehicleTypes.Length)
            .SelectMany(t => Enumerable.Repeat(t, data.VehicleTypes[t].Count)).ToArray();
        var placed = new bool[data.NodeCount];
        var result = new List<int>[vehicleTypeOf.Length];
        for (var v = 0; v < result.Length; v++)
        {
            result[v] = [];
            if (v >= routes.Count)
            {
                continue;
            }

            foreach (var node in routes[v])
            {
                if (node >= data.DepotCount && node < data.NodeCount && !placed[node])
                {
                    placed[node] = true;
                    result[v].Add(node);
                }
            }
        }

        for (var client = data.DepotCount; client < data.NodeCount; client++)
        {
            if (data.Required[client] && !placed[client])
            {
                Insert(data, vehicleTypeOf, result, client);
            }
        }

        return [.. result.Select(r => r.ToArray())];
    }

    private static void Insert(ProblemData data, int[] vehicleTypeOf, List<int>[] routes, int client)
    {
        var (bestVehicle, bestPosition, bestCost) = (-1, 0, double.MaxValue);
        for (var v = 0; v < routes.Length; v++)
        {
            var type = data.VehicleTypes[vehicleTypeOf[v]];
            if (!CanCarry(data, type, client))
            {
                continue;
            }

            var route = routes[v];
            for (var position = 0; position <= route.Count; position++)
            {
                var before = position == 0 ? type.StartDepot : route[position - 1];
                var after = position == route.Count ? type.EndDepot : route[position];
                var cost = type.UnitDistanceCost * (data.Dist(before, client) + data.Dist(client, after) - data.Dist(before, after))
                    + (route.Count == 0 ? type.FixedCost : 0);
                if (cost < bestCost)
                {
                    (bestVehicle, bestPosition, bestCost) = (v, position, cost);
                }
            }
        }

        // No vehicle can carry it: the first one takes it, and the search's penalties say it does not fit.
        routes[Math.Max(bestVehicle, 0)].Insert(bestVehicle < 0 ? 0 : bestPosition, client);
    }

    // A vehicle with no room at all in a dimension the client uses (a stream it does not collect) cannot carry it.
    private static bool CanCarry(ProblemData data, VehicleType type, int client)
    {
        for (var d = 0; d < data.Dimensions; d++)
        {
            if (data.Demand[client * data.Dimensions + d] > 0 && type.Capacity[d] <= 0)
            {
                return false;
            }
        }

        return true;
    }
}
