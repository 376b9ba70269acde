using Spectre.Console;
using Waste.Routing.Bench;
using Waste.Routing.Instances;
using Waste.Routing.Tests.Instances;

namespace Waste.Routing.Tests.Bench;

/// <summary>routing-bench's outcomes and exit codes, on small sets written for each test.</summary>
public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly DirectoryInfo _set = Directory.CreateTempSubdirectory("bench-set-");

    public void Dispose() => _set.Delete(recursive: true);

    [Fact]
    public void A_file_with_an_unsupported_keyword_is_refused_by_name_with_exit_code_3()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "odd.vrp"), CmtInstanceTests.Limited.Replace("CAPACITY : 100", "CAPACITY : 100\nEDGE_WEIGHT_FORMAT : FULL_MATRIX", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_set.FullName, "bks.csv"), "instance,bks_cost\nodd,10\n");
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--time", "0.2");
        Assert.Equal(3, code);
        Assert.Contains("keyword 'EDGE_WEIGHT_FORMAT' is not supported", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_limited_instance_is_solved_written_and_checked_at_two_decimals()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "CMT-tiny.vrp"), CmtInstanceTests.Limited);
        File.WriteAllText(Path.Combine(_set.FullName, "bks.csv"), "instance,bks_cost\nCMT-tiny,26.17\n");
        var solutions = Path.Combine(_set.FullName, "solutions");
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--time", "0.5", "--write-solutions", solutions);
        Assert.Equal(0, code);
        var written = CvrplibSolution.Read(Path.Combine(solutions, "CMT-tiny.ours.sol"));
        Assert.Equal(2, written.Routes.Count);
        Assert.Equal(26.17, written.StatedCost);
        Assert.Contains("26.17", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fleet_too_small_for_the_demand_is_infeasible_with_exit_code_1()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "short.vrp"), CmtInstanceTests.Limited.Replace("CAPACITY : 100", "CAPACITY : 100\nVEHICLES : 1", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_set.FullName, "bks.csv"), "instance,bks_cost\nCMT-tiny,26.17\n");
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--time", "0.3");
        Assert.Equal(1, code);
        Assert.Contains("exceeds the limit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kim_instance_is_read_by_content_solved_with_the_tables_fleet_and_its_written_solution_checked()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "small_stop.txt"), KimInstanceTests.Small);
        File.WriteAllText(Path.Combine(_set.FullName, "bks.csv"), "instance,bks_cost,vehicles\nsmall_stop,30,3\n");
        var solutions = Path.Combine(_set.FullName, "solutions");
        // An iteration limit, not a second of wall clock: beside this suite's OR-Tools tests a second could leave the
        // search a few educations.
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--time", "60", "--iterations", "200", "--write-solutions", solutions);
        Assert.Equal(0, code);
        Assert.Contains("fleet 3", output, StringComparison.Ordinal);
        var written = KimSolution.Read(Path.Combine(solutions, "small_stop.ours.sol"));
        Assert.InRange(written.Routes.Count, 2, 3);
        Assert.True(Waste.Routing.Checking.KimSolutionChecker.Check(KimReader.Parse(new StringReader(KimInstanceTests.Small), "small_stop.txt"), written, 3).IsFeasible);
    }

    [Fact]
    public void A_checkpoint_writes_and_checks_the_best_solution_found_by_then()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "small_stop.txt"), KimInstanceTests.Small);
        File.WriteAllText(Path.Combine(_set.FullName, "bks.csv"), "instance,bks_cost,vehicles\nsmall_stop,30,3\n");
        var solutions = Path.Combine(_set.FullName, "solutions");
        var csv = Path.Combine(_set.FullName, "results.csv");
        // 200 iterations end long before 50 s: the best at 50 s is the final answer; 90 s is past the limit and ignored.
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--time", "60", "--iterations", "200",
            "--checkpoints", "90,50", "--write-solutions", solutions, "--csv", csv);
        Assert.Equal(0, code);
        Assert.Contains("ours@50s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ours@90s", output, StringComparison.Ordinal);
        var instance = KimReader.Parse(new StringReader(KimInstanceTests.Small), "small_stop.txt");
        var final = KimSolution.Read(Path.Combine(solutions, "small_stop.ours.sol"));
        var atCheckpoint = KimSolution.Read(Path.Combine(solutions, "small_stop.ours@50s.sol"));
        var check = Waste.Routing.Checking.KimSolutionChecker.Check(instance, atCheckpoint, 3);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Equal(final.StatedCost, atCheckpoint.StatedCost);
        var rows = File.ReadAllLines(csv);
        Assert.Equal(3, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("small_stop,", StringComparison.Ordinal) && r.Contains(",ours@50s,50,Solved,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10,x")]
    [InlineData("10,-5")]
    [InlineData("0")]
    public void Checkpoints_that_are_not_positive_seconds_are_exit_code_2(string checkpoints)
    {
        File.WriteAllText(Path.Combine(_set.FullName, "small_stop.txt"), KimInstanceTests.Small);
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "ours", "--without-bks", "--checkpoints", checkpoints);
        Assert.Equal(2, code);
        Assert.Contains("--checkpoints must be", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_kim_table_gives_each_instance_its_best_published_distance_and_that_solutions_fleet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "kim-published.csv");
        var best = BestKnownSolutions.Load(path);
        Assert.Equal(10, best.Count);
        using var reader = new CsvHelper.CsvReader(File.OpenText(path), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>())
        {
            double Miles(string column) => double.Parse((string)row[column], System.Globalization.CultureInfo.InvariantCulture);
            int Vehicles(string column) => int.Parse((string)row[column], System.Globalization.CultureInfo.InvariantCulture);
            (double Miles, int Vehicles)[] published =
            [
                (Miles("kim2006_miles"), Vehicles("kim2006_vehicles")),
                (Miles("bb2010_miles"), Vehicles("bb2010_vehicles")),
                (Miles("buhrkal2012_best_miles"), Vehicles("buhrkal2012_vehicles")),
                (Miles("buhrkal2012_clustered_best_miles"), Vehicles("buhrkal2012_clustered_vehicles")),
            ];
            var known = best[(string)row["instance"]];
            var shortest = published.MinBy(p => p.Miles);
            Assert.Equal(shortest.Miles, known.Cost);
            Assert.Equal(shortest.Vehicles, known.Vehicles);
        }
    }

    [Fact]
    public void Processor_time_is_refused_for_or_tools_which_keeps_a_wall_clock_limit()
    {
        File.WriteAllText(Path.Combine(_set.FullName, "small_stop.txt"), KimInstanceTests.Small);
        var (code, output) = Invoke("--set", _set.FullName, "--solver", "both", "--without-bks", "--processor-time");
        Assert.Equal(2, code);
        Assert.Contains("--processor-time is for our solver only", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_set_is_exit_code_2_and_says_where_the_sets_live()
    {
        var (code, output) = Invoke("--set", Path.Combine(_set.FullName, "absent"));
        Assert.Equal(2, code);
        Assert.Contains("../shared/data", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), ColorSystem = ColorSystemSupport.NoColors });
        var code = BenchmarkCommand.Create(console, output, output).Parse(args).Invoke();
        return (code, output.ToString());
    }
}
