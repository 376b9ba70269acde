using System.Diagnostics;
using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;
using Waste.Routing.Solving;

namespace Waste.Routing.OrTools;

/// <summary>
/// The baseline: Google OR-Tools' routing solver on the same <see cref="ProblemData"/>, with path-cheapest-arc for the
/// first solution (local-cheapest-arc for waste rounds) and guided local search until the time limit,
/// single-threaded. It models capacities in every load
/// dimension (so stream compatibility, daily volume and stop limits too), time windows, shifts, maximum durations, fixed
/// and per-distance costs, optional stops (a disjunction whose penalty is the prize), disposal trips (optional disposal
/// nodes that may empty the loads they empty in ours, <see cref="DisposalTrips"/>), routes that must end empty, load
/// on board at the start, and crew breaks (break intervals on the time dimension, <see cref="CrewBreaks"/>). A disposal
/// visit costs one unit of distance more than its arc (OR-Tools' disjunctions price leaving a node out, not visiting it).
/// </summary>
public static class OrToolsSolver
{
    // OR-Tools needs integer costs: fractional costs per distance unit are scaled by this factor.
    private const long CostScale = 100;

    /// <summary>What in <paramref name="data"/> this baseline cannot express, in words, or null when it can express it
    /// all: a vehicle that owes a break no break node fits (solving without it would answer a different question).</summary>
    public static string? Unsupported(ProblemData data)
    {
        var vehicleTypeOf = VehicleTypes(data);
        var owed = CrewBreaks.Owed(data, vehicleTypeOf);
        return Enumerable.Range(0, vehicleTypeOf.Length).Any(v => owed[v] < 0 && OwesBreak(data, vehicleTypeOf[v]))
            ? "a vehicle owes a crew break that no break node fits"
            : null;
    }

    /// <summary>Solves <paramref name="data"/> within <paramref name="timeLimit"/>; throws
    /// <see cref="NotSupportedException"/> when <see cref="Unsupported"/> names something.</summary>
    public static SolverResult Solve(ProblemData data, TimeSpan timeLimit)
    {
        if (Unsupported(data) is { } reason)
        {
            throw new NotSupportedException($"OR-Tools baseline: {reason}");
        }

        var clock = Stopwatch.StartNew();
        var vehicleTypeOf = VehicleTypes(data);
        var vehicles = vehicleTypeOf.Length;
        var starts = vehicleTypeOf.Select(t => data.VehicleTypes[t].StartDepot).ToArray();
        var ends = vehicleTypeOf.Select(t => data.VehicleTypes[t].EndDepot).ToArray();
        using var manager = new RoutingIndexManager(data.NodeCount, vehicles, starts, ends);
        using var routing = new RoutingModel(manager);

        var n = data.NodeCount;
        // A disposal visit costs one unit more than its distance, so that OR-Tools, which prices leaving a node out and
        // not visiting it, does not keep unloadings that save nothing (three in a row at one landfill, say).
        var distance = Matrix(n, (i, j) => data.Dist(i, j) + (data.IsDisposal[j] ? 1 : 0));
        var distanceCallback = routing.RegisterTransitMatrix(distance);
        var uniform = data.VehicleTypes.All(t => t.UnitDistanceCost == 1);
        if (uniform)
        {
            routing.SetArcCostEvaluatorOfAllVehicles(distanceCallback);
        }

        for (var v = 0; v < vehicles; v++)
        {
            var type = data.VehicleTypes[vehicleTypeOf[v]];
            if (!uniform)
            {
                var unit = type.UnitDistanceCost;
                routing.SetArcCostEvaluatorOfVehicle(routing.RegisterTransitMatrix(Matrix(n, (i, j) => (long)Math.Round(unit * CostScale * data.Dist(i, j)) + (data.IsDisposal[j] ? 1 : 0))), v);
            }

            routing.SetFixedCostOfVehicle((long)Math.Round(type.FixedCost * (uniform ? 1 : CostScale)), v);
        }

        for (var d = 0; d < data.Dimensions; d++)
        {
            if (CrewBreaks.IsBreakDimension(data, d))
            {
                continue;
            }

            if (data.HasDisposal && data.DimensionEmptiesAtDisposal[d])
            {
                DisposalTrips.Add(data, manager, routing, vehicleTypeOf, d);
                continue;
            }

            var demand = Enumerable.Range(0, n).Select(i => (long)data.Demand[i * data.Dimensions + d]).ToArray();
            var capacity = vehicleTypeOf.Select(t => (long)data.VehicleTypes[t].Capacity[d]).ToArray();
            routing.AddDimensionWithVehicleCapacity(routing.RegisterUnaryTransitVector(demand), 0, capacity, false, $"load{d}");
            var load = routing.GetMutableDimension($"load{d}");
            for (var v = 0; v < vehicles; v++)
            {
                load.CumulVar(routing.Start(v)).SetValue(data.VehicleTypes[vehicleTypeOf[v]].InitialLoad?[d] ?? 0);
            }
        }

        var owed = CrewBreaks.Owed(data, vehicleTypeOf);
        if (data.HasTimeConstraints)
        {
            var time = AddTime(data, manager, routing, vehicleTypeOf);
            if (data.HasBreaks)
            {
                CrewBreaks.Add(data, manager, routing, time, owed);
            }
        }

        for (var node = data.DepotCount; node < n; node++)
        {
            if (data.IsDisposal[node])
            {
                routing.AddDisjunction([manager.NodeToIndex(node)], 0);
            }
            else if (!data.Required[node] && !data.IsBreak[node])
            {
                routing.AddDisjunction([manager.NodeToIndex(node)], (long)Math.Round(data.Prize[node] * (uniform ? 1 : CostScale)));
            }
        }

        var parameters = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        // Waste rounds: of the thirteen first-solution strategies tried on the Kim-format and the city test rounds, only
        // local-cheapest-arc and first-unbound-min-value found a first solution on both (path-cheapest-arc none on the
        // city round, the cheapest-insertion ones none on the Kim round, where a stop inserted alone cannot end its
        // route empty).
        parameters.FirstSolutionStrategy = data.HasDisposal || data.HasBreaks
            ? FirstSolutionStrategy.Types.Value.LocalCheapestArc
            : FirstSolutionStrategy.Types.Value.PathCheapestArc;
        parameters.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
        var remaining = timeLimit - clock.Elapsed;
        parameters.TimeLimit = Duration.FromTimeSpan(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1));
        var solution = routing.SolveWithParameters(parameters);
        return Read(data, manager, routing, solution, vehicleTypeOf, owed, clock.Elapsed);
    }

    private static RoutingDimension AddTime(ProblemData data, RoutingIndexManager manager, RoutingModel routing, int[] vehicleTypeOf)
    {
        var n = data.NodeCount;
        // Travel plus the service at the origin, as OR-Tools' examples do.
        var time = routing.RegisterTransitMatrix(Matrix(n, (i, j) => data.Time(i, j) + (long)data.ServiceTime[i]));
        var horizon = Math.Min(ProblemData.NoLimit, Enumerable.Range(0, n).Max(i => data.Latest[i] < ProblemData.NoLimit ? data.Latest[i] : 0)
            + data.VehicleTypes.Max(t => t.ShiftEnd < ProblemData.NoLimit ? t.ShiftEnd : 0) + data.Duration.Max() * 2L + data.ServiceTime.Sum());
        routing.AddDimension(time, horizon, horizon, false, "time");
        var dimension = routing.GetMutableDimension("time");
        for (var node = data.DepotCount; node < n; node++)
        {
            var index = manager.NodeToIndex(node);
            dimension.CumulVar(index).SetRange(data.Earliest[node], Math.Min(data.Latest[node], horizon));
        }

        for (var v = 0; v < vehicleTypeOf.Length; v++)
        {
            var type = data.VehicleTypes[vehicleTypeOf[v]];
            var open = Math.Max(type.ShiftStart, data.Earliest[type.StartDepot]);
            var close = Math.Min(Math.Min(type.ShiftEnd, data.Latest[type.EndDepot]), horizon);
            dimension.CumulVar(routing.Start(v)).SetRange(open, Math.Min(close, Math.Min(type.ShiftEnd, data.Latest[type.StartDepot])));
            dimension.CumulVar(routing.End(v)).SetRange(open, close);
            if (type.MaxDuration < ProblemData.NoLimit)
            {
                dimension.SetSpanUpperBoundForVehicle(type.MaxDuration, v);
            }
        }

        return dimension;
    }

    private static SolverResult Read(ProblemData data, RoutingIndexManager manager, RoutingModel routing, Assignment? solution, int[] vehicleTypeOf, int[] owed, TimeSpan elapsed)
    {
        if (solution is null)
        {
            return new SolverResult
            {
                Routes = [],
                Cost = double.PositiveInfinity,
                IsFeasible = false,
                Unvisited = [],
                Iterations = 0,
                Elapsed = elapsed,
                FoundAfter = elapsed,
            };
        }

        var routes = new List<SolvedRoute>();
        var visited = new bool[data.NodeCount];
        double cost = 0;
        var feasible = true;
        for (var v = 0; v < vehicleTypeOf.Length; v++)
        {
            var clients = new List<int>();
            for (var index = solution.Value(routing.NextVar(routing.Start(v))); !routing.IsEnd(index); index = solution.Value(routing.NextVar(index)))
            {
                var node = manager.IndexToNode(index);
                clients.Add(node);
                visited[node] = true;
            }

            if (clients.Count > 0)
            {
                var route = owed[v] >= 0 ? CrewBreaks.Place(data, vehicleTypeOf[v], [.. clients], owed[v]) : clients.ToArray();
                routes.Add(new SolvedRoute(v, vehicleTypeOf[v], route));
                var evaluation = RouteEvaluation.Of(data, vehicleTypeOf[v], route);
                cost += evaluation.DistanceCost(data, vehicleTypeOf[v]);
                feasible &= evaluation.TimeWarp == 0 && evaluation.Excess.All(e => e == 0);
            }
        }

        var unvisited = Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => !visited[c] && !data.IsDisposal[c] && !data.IsBreak[c]).ToArray();
        cost += unvisited.Sum(c => data.Prize[c]);
        return new SolverResult
        {
            Routes = routes,
            Cost = cost,
            IsFeasible = feasible,
            Unvisited = unvisited,
            Iterations = 0,
            Elapsed = elapsed,
            FoundAfter = elapsed,
        };
    }

    private static int[] VehicleTypes(ProblemData data) =>
        [.. Enumerable.Range(0, data.VehicleTypes.Length).SelectMany(t => Enumerable.Repeat(t, data.VehicleTypes[t].Count))];

    // A vehicle owes a break when it starts owing something in a dimension only breaks pay off.
    private static bool OwesBreak(ProblemData data, int type) =>
        Enumerable.Range(0, data.Dimensions).Any(d => (data.VehicleTypes[type].InitialLoad?[d] ?? 0) > 0 && CrewBreaks.IsBreakDimension(data, d));

    private static long[][] Matrix(int n, Func<int, int, long> value)
    {
        var matrix = new long[n][];
        for (var i = 0; i < n; i++)
        {
            matrix[i] = new long[n];
            for (var j = 0; j < n; j++)
            {
                matrix[i][j] = value(i, j);
            }
        }

        return matrix;
    }
}
