using FsCheck.Xunit;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Instances;

public class SolomonReaderTests
{
    private const string Small = """
        C-tiny

        VEHICLE
        NUMBER     CAPACITY
          3         20

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      40         50          0          0       1236          0
            1      45         68         10        912        967         90
            2      45         70         30        825        870         90
            3      42         66         10         65        146         90
        """;

    [Fact]
    public void Vehicles_capacity_windows_and_service_times_are_read()
    {
        var instance = SolomonReader.Parse(new StringReader(Small), "tiny.txt");
        Assert.Equal("C-tiny", instance.Name);
        Assert.Equal(3, instance.VehicleCount);
        Assert.Equal(20, instance.Capacity);
        Assert.Equal(3, instance.CustomerCount);
        Assert.Equal([0L, 912, 825, 65], instance.ReadyTime!);
        Assert.Equal([1236L, 967, 870, 146], instance.DueTime!);
        Assert.Equal([0, 90, 90, 90], instance.ServiceTime!);
    }

    [Fact]
    public void A_solomon_instance_becomes_a_problem_with_time_windows_at_one_decimal()
    {
        var problem = CvrpProblem.From(SolomonReader.Parse(new StringReader(Small), "tiny.txt"), scale: 10);
        Assert.True(problem.HasTimeConstraints);
        Assert.Equal(9120, problem.Earliest[1]);
        Assert.Equal(900, problem.ServiceTime[1]);
        Assert.Equal((int)(Math.Sqrt(25 + 324) * 10 + 0.5), problem.Dist(0, 1));
        Assert.Equal(3, problem.VehicleCount);
    }

    [Theory]
    [InlineData(5, "  3  x", "'x' is not a positive integer")]
    [InlineData(11, "    1      45         68         10        912", "expected 7 fields")]
    [InlineData(12, "    5      45         70         30        825        870         90", "out of sequence")]
    [InlineData(13, "    3      42         66         10        146         65         90", "window that closes before it opens")]
    public void A_malformed_line_gives_a_parse_error_with_its_line_number(int line, string badLine, string expected)
    {
        var lines = Small.Split('\n');
        lines[line - 1] = badLine;
        var error = Assert.Throws<InstanceParseException>(() => SolomonReader.Parse(new StringReader(string.Join('\n', lines)), "bad.txt"));
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool A_valid_file_with_one_line_mangled_never_crashes_the_reader(int lineSeed, string? garbage)
    {
        var lines = Small.Split('\n');
        lines[Math.Abs(lineSeed % lines.Length)] = garbage ?? "";
        try
        {
            SolomonReader.Parse(new StringReader(string.Join('\n', lines)), "fuzz.txt");
            return true;
        }
        catch (InstanceParseException e)
        {
            return e.LineNumber >= 0;
        }
    }
}
