using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

public class SolutionFileTests
{
    [Fact]
    public void A_written_solution_reads_back_with_its_routes_and_cost()
    {
        var solution = new CvrplibSolution([[3, 1], [], [2]], 524.6123);
        var text = new StringWriter();
        solution.Write(text, decimals: 2);
        Assert.Equal("Route #1: 3 1\nRoute #2: 2\nCost 524.61\n", text.ToString().ReplaceLineEndings("\n"));
        var read = CvrplibSolution.Parse(new StringReader(text.ToString()), "written.sol");
        Assert.Equal([[3, 1], [2]], read.Routes);
        Assert.Equal(524.61, read.StatedCost);
    }

    [Fact]
    public void A_best_known_table_with_decimals_and_conventions_loads()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "instance,bks_cost,distance_convention\nCMT1,524.61,real\nA-n32-k5,784,round(nint)\nC101,827.3,\n");
            var best = BestKnownSolutions.Load(path);
            Assert.Equal(524.61, best["CMT1"].Cost);
            Assert.Equal(CostConvention.RealEuclidean, best["CMT1"].Convention);
            Assert.Equal(CostConvention.RoundedEuclidean, best["A-n32-k5"].Convention);
            Assert.Null(best["C101"].Convention);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("instance,bks_cost\nA,12\nA,13\n", "listed twice")]
    [InlineData("instance,bks_cost\nA,-12\n", "not a positive number")]
    [InlineData("instance,bks_cost\nA,NaN\n", "not a positive number")]
    public void A_table_with_a_duplicate_or_a_meaningless_cost_is_a_parse_error(string text, string expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            var error = Assert.Throws<InstanceParseException>(() => BestKnownSolutions.Load(path));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
