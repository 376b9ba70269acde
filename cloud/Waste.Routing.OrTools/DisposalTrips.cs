using Google.OrTools.ConstraintSolver;
using Waste.Routing.Solving;

namespace Waste.Routing.OrTools;

/// <summary>
/// Disposal trips in OR-Tools: a load dimension that a disposal visit may empty. A disposal node's transit is minus the
/// largest capacity and its slack may take back up to that much, so the load after it is any value from zero to the
/// load before; elsewhere the slack is zero. A route that must end empty has its end cumul fixed at zero, so its last
/// place is a disposal site. (The usual reload model of OR-Tools' users; its own examples have none.)
/// </summary>
internal static class DisposalTrips
{
    /// <summary>Adds dimension <paramref name="d"/> of <paramref name="data"/> as a load that disposal visits empty.</summary>
    public static void Add(ProblemData data, RoutingIndexManager manager, RoutingModel routing, int[] vehicleTypeOf, int d)
    {
        var capacity = vehicleTypeOf.Select(t => (long)data.VehicleTypes[t].Capacity[d]).ToArray();
        var largest = capacity.DefaultIfEmpty(0).Max();
        var transit = Enumerable.Range(0, data.NodeCount).Select(i => data.IsDisposal[i] ? -largest : data.Demand[i * data.Dimensions + d]).ToArray();
        var name = $"trip{d}";
        routing.AddDimensionWithVehicleCapacity(routing.RegisterUnaryTransitVector(transit), largest, capacity, false, name);
        var dimension = routing.GetMutableDimension(name);
        for (var node = 0; node < data.NodeCount; node++)
        {
            if (!data.IsDisposal[node] && !data.IsDepot(node))
            {
                dimension.SlackVar(manager.NodeToIndex(node)).SetValue(0);
            }
        }

        for (var v = 0; v < vehicleTypeOf.Length; v++)
        {
            var type = data.VehicleTypes[vehicleTypeOf[v]];
            dimension.SlackVar(routing.Start(v)).SetValue(0);
            dimension.CumulVar(routing.Start(v)).SetValue(type.InitialLoad?[d] ?? 0);
            if (type.EndsEmpty)
            {
                dimension.CumulVar(routing.End(v)).SetValue(0);
            }
        }
    }
}
