using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class OrOptTests
{
    [Theory]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    public void Its_price_equals_the_cost_change_computed_from_scratch(int seed, int length)
    {
        Assert.True(MoveEvaluation.Check(seed, s => new OrOpt(s, length)) > 5);
        Assert.True(MoveEvaluation.Check(seed, s => new OrOpt(s, length), rich: false) > 5);
    }

    [Fact]
    public void It_moves_a_chain_of_clients_in_order()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3, 4], [5, 6], [], []);
        var proposal = new Proposal();
        Assert.True(new OrOpt(state, 2).Propose(2, routeV: 1, positionV: 0, proposal));
        state.Apply(proposal);
        Assert.Equal([1, 4], MoveEvaluation.Clients(state, 0));
        Assert.Equal([2, 3, 5, 6], MoveEvaluation.Clients(state, 1));
    }

    [Fact]
    public void A_chain_that_runs_past_the_end_of_the_route_is_not_proposed()
    {
        var data = RandomProblems.Create(7, rich: false);
        var state = MoveEvaluation.StateWith(data, [1, 2], [5, 6], [], []);
        Assert.False(new OrOpt(state, 3).Propose(1, routeV: 1, positionV: 1, new Proposal()));
    }
}
