using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

public class SwapStarTests
{
    [Theory]
    [InlineData(17, true)]
    [InlineData(18, true)]
    [InlineData(19, false)]
    [InlineData(20, false)]
    public void An_applied_swap_star_lowers_the_cost_computed_from_scratch_and_keeps_every_client(int seed, bool rich)
    {
        var data = RandomProblems.Create(seed, rich: rich);
        var weights = new CostWeights(data.Dimensions, 2, 1);
        var state = new SearchState(data);
        state.Load(RandomProblems.RandomRoutes(data, seed), weights);
        var swapStar = new SwapStar(state);
        swapStar.Reset();
        var visited = Enumerable.Range(0, data.NodeCount).Where(state.IsVisited).ToArray();
        var applied = 0;
        for (var r1 = 0; r1 < state.Routes.Length; r1++)
        {
            for (var r2 = r1 + 1; r2 < state.Routes.Length; r2++)
            {
                var before = MoveEvaluation.FromScratch(state, weights);
                if (swapStar.Improve(r1, r2))
                {
                    Assert.True(MoveEvaluation.FromScratch(state, weights) < before - 1e-9);
                    applied++;
                }
            }
        }

        Assert.Equal(visited, Enumerable.Range(0, data.NodeCount).Where(state.IsVisited).ToArray());
        Assert.True(applied > 0, "random routes leave improving swaps");
    }

    [Fact]
    public void It_swaps_two_clients_each_into_its_best_place_in_the_other_route()
    {
        // Two routes along two parallel lines, each holding one client that belongs to the other line.
        double[] x = [0, 1, 2, 3, 1, 2, 3];
        double[] y = [0, 0, 0, 10, 10, 10, 0];
        var n = x.Length;
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = (int)Math.Round(10 * Math.Sqrt(Math.Pow(x[i] - x[j], 2) + Math.Pow(y[i] - y[j], 2)));
            }
        }

        var data = new ProblemData(1, x, y, distance, null, 1, [0, 1, 1, 1, 1, 1, 1], [true], new bool[n], new int[n], new long[n],
            Enumerable.Repeat(ProblemData.NoLimit, n).ToArray(), Enumerable.Repeat(true, n).ToArray(), new double[n],
            [new VehicleType { Count = 2, Capacity = [3] }]);
        var state = MoveEvaluation.StateWith(data, [1, 2, 3], [4, 5, 6]);
        var swapStar = new SwapStar(state);
        swapStar.Reset();
        Assert.True(swapStar.Improve(0, 1));
        Assert.Equal([1, 2, 6], MoveEvaluation.Clients(state, 0));
        Assert.Contains(3, MoveEvaluation.Clients(state, 1));
    }
}
