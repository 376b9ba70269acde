using Waste.Routing.Checking;
using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Checking;

public class CvrpSolutionCheckerTests
{
    [Fact]
    public void Every_bundled_solution_file_recomputes_to_its_stated_cost_except_the_known_defects()
    {
        var defects = new[] { "B-n50-k8", "B-n57-k7" };
        foreach (var sol in Directory.GetFiles(TestData.Cvrplib, "*.sol"))
        {
            var name = Path.GetFileNameWithoutExtension(sol);
            var instance = CvrplibReader.Read(Path.ChangeExtension(sol, ".vrp"));
            var solution = CvrplibSolution.Read(sol);
            var report = CvrpSolutionChecker.Check(instance, solution.Routes);
            if (defects.Contains(name))
            {
                continue;
            }

            Assert.True(report.IsFeasible, $"{name}: {string.Join("; ", report.Violations)}");
            Assert.Equal(solution.StatedCost, report.Cost);
        }
    }

    [Fact]
    public void The_known_defects_are_found()
    {
        var b50 = TestData.Instance("B-n50-k8");
        var report = CvrpSolutionChecker.Check(CvrplibReader.Read(b50 + ".vrp"), CvrplibSolution.Read(b50 + ".sol").Routes);
        Assert.Contains(report.Violations, v => v.Contains("visited 2 times", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("visited 0 times", StringComparison.Ordinal));

        var b57 = TestData.Instance("B-n57-k7");
        Assert.Equal(1155, CvrpSolutionChecker.Check(CvrplibReader.Read(b57 + ".vrp"), CvrplibSolution.Read(b57 + ".sol").Routes).Cost);
    }

    [Fact]
    public void Overloaded_routes_missing_customers_and_unknown_ones_are_violations()
    {
        var instance = new CvrpInstance { Name = "t", Capacity = 10, X = [0, 3, 0], Y = [0, 4, 5], Demand = [0, 6, 6] };
        var good = CvrpSolutionChecker.Check(instance, [[1], [2]]);
        Assert.True(good.IsFeasible);
        Assert.Equal(20, good.Cost);

        var bad = CvrpSolutionChecker.Check(instance, [[1, 2], [7]]);
        Assert.Contains(bad.Violations, v => v.Contains("exceeds capacity", StringComparison.Ordinal));
        Assert.Contains(bad.Violations, v => v.Contains("customer 7 does not exist", StringComparison.Ordinal));
        Assert.False(CvrpSolutionChecker.Check(instance, [[1]]).IsFeasible);
    }

    [Fact]
    public void Distances_round_to_the_nearest_integer_as_cvrplib_states()
    {
        // sqrt(2) = 1.414 rounds to 1; sqrt(2.25 + 0) = 1.5 rounds up to 2.
        var instance = new CvrpInstance { Name = "r", Capacity = 10, X = [0, 1, 1.5], Y = [0, 1, 0], Demand = [0, 1, 1] };
        Assert.Equal(2, CvrpSolutionChecker.Check(instance, [[1]]).Cost);
        Assert.Equal(4, CvrpSolutionChecker.Check(instance, [[2]]).Cost);
    }
}
