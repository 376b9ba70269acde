using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

public class BestKnownSolutionsTests
{
    [Fact]
    public void The_bundled_table_gives_the_best_known_cost_and_optimality_of_each_instance()
    {
        var best = BestKnownSolutions.Load(TestData.Instance("bks.csv"));
        Assert.Equal(27591, best["X-n101-k25"].Cost);
        Assert.True(best["X-n101-k25"].IsOptimal);
        Assert.False(best["X-n280-k17"].IsOptimal);
        Assert.Equal(784, best["A-n32-k5"].Cost);
    }

    [Fact]
    public void A_table_with_a_non_numeric_cost_is_a_parse_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "instance,bks_cost,optimal_known\nA,12,yes\nB,lots,no\n");
            var error = Assert.Throws<InstanceParseException>(() => BestKnownSolutions.Load(path));
            Assert.Equal(3, error.LineNumber);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
