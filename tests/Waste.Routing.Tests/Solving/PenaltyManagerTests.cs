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
}
