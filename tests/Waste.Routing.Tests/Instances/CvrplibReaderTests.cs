using FsCheck.Xunit;
using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

public class CvrplibReaderTests
{
    private const string Small = """
        NAME : tiny
        COMMENT : three customers
        TYPE : CVRP
        DIMENSION : 4
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        4 0 5
        DEMAND_SECTION
        1 0
        2 4
        3 5
        4 6
        DEPOT_SECTION
        1
        -1
        EOF
        """;

    [Fact]
    public void A_small_instance_reads_with_the_depot_first()
    {
        var instance = CvrplibReader.Parse(new StringReader(Small), "tiny.vrp");
        Assert.Equal("tiny", instance.Name);
        Assert.Equal(10, instance.Capacity);
        Assert.Equal(3, instance.CustomerCount);
        Assert.Equal([0, 4, 5, 6], instance.Demand);
        Assert.Equal([0.0, 3, 6, 0], instance.X);
    }

    [Fact]
    public void Every_bundled_instance_reads_with_its_stated_dimension_and_capacity()
    {
        var files = Directory.GetFiles(TestData.Cvrplib, "*.vrp");
        Assert.Equal(5, files.Length);
        foreach (var file in files)
        {
            var instance = CvrplibReader.Read(file);
            Assert.True(instance.CustomerCount > 0 && instance.Capacity > 0, file);
            Assert.Equal(0, instance.Demand[0]);
        }
    }

    [Theory]
    [InlineData("DIMENSION : four", 4, "dimension")]
    [InlineData("EDGE_WEIGHT_TYPE : GEO", 5, "edge weight type")]
    [InlineData("3 6 eight", 10, "'eight' is not a number")]
    [InlineData("3 -5", 14, "demand")]
    [InlineData("9 0 0", 10, "node id")]
    public void A_malformed_line_gives_a_parse_error_with_its_line_number(string badLine, int line, string expected)
    {
        var lines = Small.Split('\n');
        lines[line - 1] = badLine;
        var error = Assert.ThrowsAny<InstanceParseException>(() => CvrplibReader.Parse(new StringReader(string.Join('\n', lines)), "bad.vrp"));
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.vrp, line " + line, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_short_says_what_is_missing()
    {
        var cut = string.Join('\n', Small.Split('\n').Take(12));
        var error = Assert.Throws<InstanceParseException>(() => CvrplibReader.Parse(new StringReader(cut), "cut.vrp"));
        Assert.Contains("expected 4 coordinates and demands", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_either_reads_or_gives_a_parse_error_never_another_exception(string? text)
    {
        try
        {
            CvrplibReader.Parse(new StringReader(text ?? ""), "fuzz.vrp");
            return true;
        }
        catch (InstanceParseException)
        {
            return true;
        }
    }

    [Property(MaxTest = 300)]
    public bool A_valid_file_with_one_line_mangled_never_crashes_the_reader(int lineSeed, string? garbage)
    {
        var lines = Small.Split('\n');
        lines[Math.Abs(lineSeed % lines.Length)] = garbage ?? "";
        try
        {
            CvrplibReader.Parse(new StringReader(string.Join('\n', lines)), "fuzz.vrp");
            return true;
        }
        catch (InstanceParseException e)
        {
            return e.LineNumber >= 0;
        }
    }
}
