using Waste.Routing.Solving;
using Waste.Routing.Solving.Genetic;

namespace Waste.Routing.Tests.Solving;

public class SplitTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void It_cuts_the_tour_where_a_shortest_path_over_cut_points_does(int seed, bool rich)
    {
        var data = RandomProblems.Create(seed, clients: 12, rich: rich);
        var vehicles = Enumerable.Repeat(0, 12).ToArray();
        var single = rich ? Homogeneous(data) : data;
        var weights = new CostWeights(single.Dimensions, 7, 3);
        var tour = Enumerable.Range(single.DepotCount, single.ClientCount).Where(c => single.Required[c]).Reverse().ToArray();
        var routes = new Split(single, vehicles).Run(tour, weights);

        Assert.Equal(tour, routes.SelectMany(r => r));
        var cost = routes.Sum(r => RouteEvaluation.Of(single, 0, r).PenalisedCost(single, 0, weights));
        Assert.Equal(BruteForce(single, tour, weights), cost, 6);
    }

    // Every contiguous cut, by dynamic programming over prefixes, priced from scratch.
    private static double BruteForce(ProblemData data, int[] tour, CostWeights weights)
    {
        var best = new double[tour.Length + 1];
        Array.Fill(best, double.MaxValue);
        best[0] = 0;
        for (var j = 1; j <= tour.Length; j++)
        {
            for (var i = 0; i < j; i++)
            {
                best[j] = Math.Min(best[j], best[i] + RouteEvaluation.Of(data, 0, tour[i..j]).PenalisedCost(data, 0, weights));
            }
        }

        return best[tour.Length];
    }

    // The rich problem with one vehicle type (twelve vehicles), so the split's pricing type is every vehicle's.
    private static ProblemData Homogeneous(ProblemData data) =>
        new(data.DepotCount, data.X, data.Y, data.Distance, data.Duration, data.Dimensions, data.Demand, data.DimensionEmptiesAtDisposal,
            data.IsDisposal, data.ServiceTime, data.Earliest, data.Latest, data.Required, data.Prize,
            [data.VehicleTypes[0] with { Count = 12 }]);
}
