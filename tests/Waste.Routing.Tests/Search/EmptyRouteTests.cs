using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

/// <summary>Emptying a route: it happens only when the whole change lowers the exactly priced total cost, and when it
/// does not pay every route is given back exactly what it held.</summary>
public class EmptyRouteTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void A_route_is_emptied_only_when_that_lowers_the_total_and_otherwise_left_as_it_was(int seed, bool waste)
    {
        var data = waste ? RandomProblems.Waste(seed, clients: 30) : RandomProblems.Create(seed, clients: 30);
        var weights = new CostWeights(data.Dimensions, 20, 3);
        var routes = RandomProblems.RandomRoutes(data, seed);
        var emptied = 0;
        for (var r = 0; r < routes.Length; r++)
        {
            var state = new SearchState(data);
            state.Load(routes, weights);
            var before = MoveEvaluation.FromScratch(state, weights);
            Func<int, bool>? placeDisposal = data.HasDisposal ? new PlaceDisposal(state).Improve : null;

            var done = new EmptyRoute(state, NeighbourLists.Build(data, 20), placeDisposal).Improve(r);

            var after = MoveEvaluation.FromScratch(state, weights);
            Assert.Equal(after, state.Objective(), 6);
            if (done)
            {
                emptied++;
                Assert.True(state.Routes[r].IsEmpty);
                Assert.True(after < before - 1e-6, $"route {r}: emptied at {after} from {before}");
                Assert.All(Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => data.Required[c]), c => Assert.True(state.IsVisited(c)));
            }
            else
            {
                Assert.Equal(routes.Select(x => x.ToArray()), state.Routes.Select(x => x.Clients.ToArray()));
                Assert.Equal(before, after, 6);
            }
        }

        Assert.True(emptied > 0, "no random route was worth emptying");
    }

    [Fact]
    public void A_route_whose_stops_fit_at_the_end_of_another_goes_home_where_moving_one_stop_alone_does_not_pay()
    {
        // Depot at 0; the first route serves 100 and 110 along the x axis, the second (120, 0) and (120, 10).
        double[] x = [0, 100, 110, 120, 120];
        double[] y = [0, 0, 0, 0, 10];
        var n = x.Length;
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = (int)Math.Round(Math.Sqrt(Math.Pow(x[i] - x[j], 2) + Math.Pow(y[i] - y[j], 2)));
            }
        }

        var data = new ProblemData(1, x, y, distance, null, 1, [0, 1, 1, 1, 1], [true], new bool[n], new int[n], new long[n],
            Enumerable.Repeat(ProblemData.NoLimit, n).ToArray(), Enumerable.Repeat(true, n).ToArray(), new double[n],
            [new VehicleType { Count = 2, Capacity = [10] }]);
        var state = new SearchState(data);
        state.Load([[1, 2], [3, 4]], new CostWeights(1, 20, 3));
        var proposal = new Proposal();
        var relocate = new Relocate(state);
        Assert.All([(3, 2), (4, 2), (3, 0), (4, 0)], move =>
            Assert.False(relocate.Propose(move.Item1, 0, move.Item2, proposal) && state.Delta(proposal) < 0, $"moving {move.Item1} alone pays"));

        Assert.True(new EmptyRoute(state, NeighbourLists.Build(data, 4), null).Improve(1));

        Assert.True(state.Routes[1].IsEmpty);
        Assert.Equal([1, 2, 3, 4], state.Routes[0].Clients.ToArray().Order());
        Assert.True(state.Objective() < 220 + 250);
    }
}
