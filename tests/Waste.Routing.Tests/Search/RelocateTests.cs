using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class RelocateTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Its_price_equals_the_cost_change_computed_from_scratch(int seed)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new Relocate(s)) > 50);
        Assert.True(MoveEvaluation.Check(seed, s => new Relocate(s), rich: false) > 5);
    }

    [Fact]
    public void It_moves_U_to_just_after_V_in_another_route()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3], [4, 5], [], []);
        var proposal = new Proposal();
        Assert.True(new Relocate(state).Propose(2, routeV: 1, positionV: 1, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 3], MoveEvaluation.Clients(state, 0));
        Assert.Equal([4, 2, 5], MoveEvaluation.Clients(state, 1));
    }

    [Fact]
    public void It_moves_U_within_its_route_and_refuses_a_move_that_changes_nothing()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3, 4], [], [], []);
        var proposal = new Proposal();
        Assert.False(new Relocate(state).Propose(2, routeV: 0, positionV: 1, proposal));
        Assert.True(new Relocate(state).Propose(1, routeV: 0, positionV: 3, proposal));
        state.Apply(proposal);
        Assert.Equal([2, 3, 1, 4], MoveEvaluation.Clients(state, 0));
    }
}
