using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class SwapTests
{
    [Theory]
    [InlineData(6, 1, 1)]
    [InlineData(7, 2, 1)]
    [InlineData(8, 2, 2)]
    public void Its_price_equals_the_cost_change_computed_from_scratch(int seed, int lengthU, int lengthV)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new Swap(s, lengthU, lengthV)) > 5);
        Assert.True(MoveEvaluation.Check(seed, s => new Swap(s, lengthU, lengthV), rich: false) > 5);
    }

    [Fact]
    public void It_exchanges_U_and_V_across_routes()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3], [4, 5], [], []);
        var proposal = new Proposal();
        Assert.True(new Swap(state, 1, 1).Propose(2, routeV: 1, positionV: 2, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 5, 3], MoveEvaluation.Clients(state, 0));
        Assert.Equal([4, 2], MoveEvaluation.Clients(state, 1));
    }

    [Fact]
    public void It_exchanges_chains_within_a_route_and_refuses_overlapping_ones()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3, 4, 5], [], [], []);
        var proposal = new Proposal();
        Assert.False(new Swap(state, 2, 1).Propose(1, routeV: 0, positionV: 2, proposal));
        Assert.True(new Swap(state, 2, 1).Propose(1, routeV: 0, positionV: 4, proposal));
        state.Apply(proposal);
        Assert.Equal([4, 3, 1, 2, 5], MoveEvaluation.Clients(state, 0));
    }
}
