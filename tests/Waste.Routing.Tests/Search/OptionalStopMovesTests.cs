using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class OptionalStopMovesTests
{
    [Theory]
    [InlineData(13)]
    [InlineData(14)]
    public void Inserting_an_unvisited_stop_is_priced_as_its_cost_change_minus_its_prize(int seed)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new InsertStop(s)) > 5);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    public void Removing_an_optional_stop_is_priced_as_its_cost_change_plus_its_prize(int seed)
    {
        var data = RandomProblems.Create(seed);
        var weights = new CostWeights([3.0, 2.0], 1.5);
        var routes = RandomProblems.RandomRoutes(data, seed);
        var removed = 0;
        for (var u = data.DepotCount; u < data.NodeCount; u++)
        {
            var state = new SearchState(data);
            state.Load(routes, weights);
            var proposal = new Proposal();
            if (!new RemoveStop(state).Propose(u, proposal))
            {
                Assert.True(data.Required[u] || !state.IsVisited(u));
                continue;
            }

            var before = MoveEvaluation.FromScratch(state, weights);
            var priced = state.ExactDelta(proposal);
            state.Apply(proposal);
            Assert.False(state.IsVisited(u));
            Assert.Equal(MoveEvaluation.FromScratch(state, weights) - before, priced, MoveEvaluation.Tolerance);
            removed++;
        }

        Assert.True(removed > 0);
    }

    [Fact]
    public void A_required_stop_is_never_removed()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2], [], [], []);
        Assert.False(new RemoveStop(state).Propose(1, new Proposal()));
    }
}
