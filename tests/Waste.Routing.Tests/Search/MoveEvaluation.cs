using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

/// <summary>
/// The check every operator's tests share: for every (U, V) the operator proposes, the constant-time price of the
/// proposal equals the change in cost computed from scratch, node by node, after applying it.
/// </summary>
internal static class MoveEvaluation
{
    public const double Tolerance = 1e-6;

    /// <summary>Checks the operator made by <paramref name="create"/> on a random problem of <paramref name="clients"/>
    /// clients; returns how many moves it priced.</summary>
    public static int Check(int seed, Func<SearchState, NodeOperator> create, bool rich = true, bool waste = false, int clients = 12)
    {
        var data = waste ? RandomProblems.Waste(seed, clients) : RandomProblems.Create(seed, clients, rich);
        var weights = new CostWeights(new[] { 3.0, 2.0, 40.0, 5.0 }[..data.Dimensions], 1.5);
        var proposal = new Proposal();
        var checkedMoves = 0;
        var routes = RandomProblems.RandomRoutes(data, seed);
        for (var u = data.DepotCount; u < data.NodeCount; u++)
        {
            for (var rv = 0; rv < data.VehicleCount; rv++)
            {
                for (var pv = 0; pv <= routes[rv].Length; pv++)
                {
                    var state = new SearchState(data);
                    state.Load(routes, weights);
                    var op = create(state);
                    if (!state.IsVisited(u) && op is not InsertStop)
                    {
                        continue;
                    }

                    if (!op.Propose(u, rv, pv, proposal))
                    {
                        continue;
                    }

                    var before = FromScratch(state, weights);
                    var priced = state.ExactDelta(proposal);
                    var delta = state.Delta(proposal);
                    state.Apply(proposal);
                    var after = FromScratch(state, weights);
                    Assert.Equal(after - before, priced, Tolerance);
                    Assert.True(double.IsPositiveInfinity(delta) ? priced >= -Tolerance : Math.Abs(delta - priced) < Tolerance,
                        $"delta {delta} vs priced {priced}");
                    checkedMoves++;
                }
            }
        }

        return checkedMoves;
    }

    /// <summary>Total penalised cost plus uncollected prizes, evaluated node by node without the search's caches.</summary>
    public static double FromScratch(SearchState state, CostWeights weights)
    {
        var data = state.Data;
        var cost = 0.0;
        foreach (var route in state.Routes)
        {
            cost += RouteEvaluation.Of(data, route.Type, route.Clients).PenalisedCost(data, route.Type, weights);
        }

        for (var c = data.DepotCount; c < data.NodeCount; c++)
        {
            cost += state.IsVisited(c) ? 0 : data.Prize[c];
        }

        return cost;
    }

    /// <summary>A state holding exactly <paramref name="routes"/> on the plain problem of <paramref name="seed"/>.</summary>
    public static SearchState StateWith(ProblemData data, params int[][] routes)
    {
        var state = new SearchState(data);
        state.Load(routes, new CostWeights(data.Dimensions, 100, 100));
        return state;
    }

    /// <summary>The route's clients.</summary>
    public static int[] Clients(SearchState state, int route) => state.Routes[route].Clients.ToArray();
}
