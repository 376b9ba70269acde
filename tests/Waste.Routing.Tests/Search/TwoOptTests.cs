using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class TwoOptTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(3)]
    public void Its_price_equals_the_cost_change_computed_from_scratch(int seed)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new TwoOpt(s)) > 5);
        Assert.True(MoveEvaluation.Check(seed, s => new TwoOpt(s), rich: false) > 0);
    }

    [Fact]
    public void It_reverses_the_path_after_U_up_to_V()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3, 4, 5], [6], [], []);
        var proposal = new Proposal();
        Assert.True(new TwoOpt(state).Propose(1, routeV: 0, positionV: 4, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 4, 3, 2, 5], MoveEvaluation.Clients(state, 0));
        Assert.False(new TwoOpt(state).Propose(1, routeV: 1, positionV: 1, proposal));
    }
}
