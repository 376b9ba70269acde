using FsCheck.Xunit;
using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

public class CvrplibSolutionTests
{
    [Fact]
    public void Routes_and_the_stated_cost_are_read()
    {
        var solution = CvrplibSolution.Parse(new StringReader("Route #1: 1 2\nRoute #2: 3\nCost 42\n"), "s.sol");
        Assert.Equal(2, solution.Routes.Count);
        Assert.Equal([1, 2], solution.Routes[0]);
        Assert.Equal(42, solution.StatedCost);
    }

    [Theory]
    [InlineData("Route #1: 1 x 3\nCost 5", 1)]
    [InlineData("Route #1: 1 2\nCost five", 2)]
    [InlineData("Route #1: 1\nRoute #2: 2\nsomething else", 3)]
    public void A_malformed_line_gives_a_parse_error_with_its_line_number(string text, int line)
    {
        var error = Assert.Throws<InstanceParseException>(() => CvrplibSolution.Parse(new StringReader(text), "bad.sol"));
        Assert.Equal(line, error.LineNumber);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_either_reads_or_gives_a_parse_error_never_another_exception(string? text)
    {
        try
        {
            CvrplibSolution.Parse(new StringReader(text ?? ""), "fuzz.sol");
            return true;
        }
        catch (InstanceParseException)
        {
            return true;
        }
    }
}
