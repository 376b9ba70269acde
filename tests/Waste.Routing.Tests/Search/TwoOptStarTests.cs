using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class TwoOptStarTests
{
    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void Its_price_equals_the_cost_change_computed_from_scratch(int seed, bool reversed)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new TwoOptStar(s, reversed)) > 5);
        Assert.True(MoveEvaluation.Check(seed, s => new TwoOptStar(s, reversed), rich: false) > 5);
    }

    [Fact]
    public void The_straight_variant_swaps_the_tails_after_U_and_V()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3], [4, 5, 6], [], []);
        var proposal = new Proposal();
        Assert.True(new TwoOptStar(state, reversed: false).Propose(1, routeV: 1, positionV: 2, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 6], MoveEvaluation.Clients(state, 0));
        Assert.Equal([4, 5, 2, 3], MoveEvaluation.Clients(state, 1));
    }

    [Fact]
    public void The_reversed_variant_joins_heads_and_tails_back_to_front()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3], [4, 5, 6], [], []);
        var proposal = new Proposal();
        Assert.True(new TwoOptStar(state, reversed: true).Propose(1, routeV: 1, positionV: 2, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 5, 4], MoveEvaluation.Clients(state, 0));
        Assert.Equal([3, 2, 6], MoveEvaluation.Clients(state, 1));
    }
}
