using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class LocalSearchTests
{
    [Theory]
    [InlineData(21, true)]
    [InlineData(22, true)]
    [InlineData(23, false)]
    [InlineData(24, false)]
    public void After_a_local_search_no_node_operator_finds_an_improving_move(int seed, bool rich)
    {
        var data = RandomProblems.Create(seed, clients: 12, rich: rich);
        var weights = new CostWeights(data.Dimensions, 5, 2);
        var initial = new SearchState(data);
        initial.Load(RandomProblems.RandomRoutes(data, seed), weights);
        var search = new LocalSearch(data, new SeededRandom(seed), granularity: 20);
        var routes = search.Run(RandomProblems.RandomRoutes(data, seed), weights);

        var state = new SearchState(data);
        state.Load(routes, weights);
        Assert.True(MoveEvaluation.FromScratch(state, weights) < MoveEvaluation.FromScratch(initial, weights));
        NodeOperator[] operators =
        [
            new Relocate(state), new OrOpt(state, 2), new OrOpt(state, 3), new Swap(state, 1, 1), new Swap(state, 2, 1),
            new Swap(state, 2, 2), new TwoOpt(state), new TwoOptStar(state, reversed: false), new InsertStop(state),
        ];
        var proposal = new Proposal();
        for (var u = data.DepotCount; u < data.NodeCount; u++)
        {
            for (var rv = 0; rv < state.Routes.Length; rv++)
            {
                for (var pv = 0; pv <= state.Routes[rv].Count; pv++)
                {
                    foreach (var op in operators)
                    {
                        if ((state.IsVisited(u) || op is InsertStop) && op.Propose(u, rv, pv, proposal))
                        {
                            Assert.True(state.ExactDelta(proposal) > -1e-6, $"{op.GetType().Name} improves U={u} after {rv}/{pv}");
                        }
                    }
                }
            }

            if (new RemoveStop(state).Propose(u, proposal))
            {
                Assert.True(state.ExactDelta(proposal) > -1e-6, $"removing {u} improves");
            }
        }
    }
}
