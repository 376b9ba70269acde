using Waste.Routing.Solving;
using Waste.Routing.Solving.Genetic;

namespace Waste.Routing.Tests.Solving;

public class PenaltyManagerTests
{
    [Fact]
    public void Weights_grow_when_too_few_results_are_feasible_and_shrink_when_too_many_are()
    {
        var data = RandomProblems.Create(1, rich: false);
        var vehicles = Enumerable.Repeat(0, data.VehicleCount).ToArray();
        var overloaded = new Individual(data, vehicles, [Enumerable.Range(1, 12).ToArray(), [], [], []]);
        var feasible = new Individual(data, vehicles, [[1], [2], [3], [4]]);
        Assert.False(overloaded.IsFeasible);

        var manager = new PenaltyManager(data, 0.2);
        var start = manager.Weights.Load[0];
        var changed = false;
        for (var i = 0; i < 100; i++)
        {
            changed = manager.Record(overloaded);
        }

        Assert.True(changed);
        Assert.Equal(start * 1.2, manager.Weights.Load[0], 9);
        for (var i = 0; i < 100; i++)
        {
            manager.Record(feasible);
        }

        Assert.Equal(start * 1.2 * 0.85, manager.Weights.Load[0], 9);
    }

    [Fact]
    public void Weights_start_and_stop_in_the_problems_own_units()
    {
        // The same problem in units 10,000 times finer for distance (hundredths of a foot, say) and with a unit of
        // time covering 50 units of distance (as hundredths of a second at about 34 mph do).
        var plain = RandomProblems.Create(1, rich: false);
        var fine = Rescaled(plain, distanceFactor: 10_000, distancePerTime: 50);
        var vehicles = Enumerable.Repeat(0, fine.VehicleCount).ToArray();
        var overloaded = new Individual(fine, vehicles, [Enumerable.Range(1, 12).ToArray(), [], [], []]);

        Assert.Equal(1, new PenaltyManager(plain, 0.2).Weights.TimeWarp);
        var manager = new PenaltyManager(fine, 0.2);
        Assert.Equal(50, manager.Weights.TimeWarp, 6);
        var distanceScale = fine.Distance.Max() / 10_000.0;
        Assert.True(manager.Weights.Load[0] > 1000, "HGS-CVRP's initial cap of 1,000 is scaled with the distances");
        for (var i = 0; i < 100 * 80; i++)
        {
            manager.Record(overloaded);
        }

        Assert.Equal(100_000 * distanceScale, manager.Weights.Load[0], 6);
    }

    private static ProblemData Rescaled(ProblemData data, int distanceFactor, int distancePerTime)
    {
        var distance = data.Distance.Select(d => d * distanceFactor).ToArray();
        var duration = distance.Select(d => d / distancePerTime).ToArray();
        var type = data.VehicleTypes[0] with { ShiftEnd = 1_000_000_000 };
        var n = data.NodeCount;
        return new ProblemData(data.DepotCount, data.X, data.Y, distance, duration, data.Dimensions, data.Demand, data.DimensionEmptiesAtDisposal,
            data.IsDisposal, new int[n], new long[n], Enumerable.Repeat(ProblemData.NoLimit, n).ToArray(), data.Required, data.Prize, [type]);
    }
}
