using FsCheck.Xunit;
using Waste.Routing.Checking;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Instances;

/// <summary>Kim, Kim and Sahoo's (2006) format, rules and checker, on a small instance written in the same layout (the
/// ten real ones stay in ../shared/data/kim2006; the benchmark reads them there).</summary>
public class KimInstanceTests
{
    // Depot 0 open 07:00-17:00, landfill 1 (5 min to unload), six stops of 10 yd3; trucks hold 25 yd3 a trip, 40 a
    // day, 4 stops a day; a 30-minute lunch; 30 mph. Tab-separated with an empty field, as 335_stop.txt.
    public const string Small = """
        25.0 				// vehicle capacity (yards), real number
        40.0				// total yardage allowed for a vehicle per day, real number
        4				// total number of regular stops for a vehicle allowed per day
        1800				// lunch time duration in second
        30				// speed: MPH
        Stop_ID	X(feet)	Y(feet)	Early_St_Time (HHMM)	Late_St_Time (HHMM)	Svice_Time(Sec)	Load (Yards)	Stop_Type
        0	0	0		0700	1700	0	9999	0
        1	15840	0	0000	2400	300	9999	2
        2	5280	0	0700	1200	600	10	1
        3	5280	5280	0700	2400	600	10	1
        4	10560	0	0700	2400	600	10.0	1
        5	0	5280	0700	2400	600	10	1
        6	-5280	0	1000	1500	600	10	1
        7	0	-5280	0700	2400	600	10	1
        """;

    private static KimInstance Instance => KimReader.Parse(new StringReader(Small), "small_stop.txt");

    [Fact]
    public void The_header_places_and_windows_are_read()
    {
        var instance = Instance;
        Assert.Equal("small_stop", instance.Name);
        Assert.Equal((25.0, 40.0, 4, 1800, 30.0), (instance.Capacity, instance.DailyVolume, instance.MaxStops, instance.LunchSeconds, instance.SpeedMph));
        Assert.Equal(7 * 3600, instance.Depot.Earliest);
        Assert.Equal("1", Assert.Single(instance.Landfills).Id);
        Assert.Equal(6, instance.Stops.Count);
        Assert.Equal((10 * 3600, 15 * 3600), (instance.Stops[4].Earliest, instance.Stops[4].Latest));
    }

    [Fact]
    public void A_time_with_more_than_59_minutes_is_read_as_written_as_four_rows_of_the_real_files_have_it()
    {
        var lines = Small.Split('\n');
        lines[9] = "3	5280	5280	875	1675	600	10	1";
        var stop = KimReader.Parse(new StringReader(string.Join('\n', lines)), "odd.txt").Stops.Single(s => s.Id == "3");
        Assert.Equal(((9 * 3600) + (15 * 60), (17 * 3600) + (15 * 60)), (stop.Earliest, stop.Latest));
    }

    [Fact]
    public void Travel_time_is_the_manhattan_distance_at_the_stated_speed_as_the_authors_give_it()
    {
        // 102_stop.txt: depot (1215029, 3461398) to landfill 1 (1229125, 3460107) is 262.3 s at 40 mph.
        var depot = new KimSite("0", 1215029, 3461398, 0, 0, 0, 0);
        var landfill = new KimSite("1", 1229125, 3460107, 0, 0, 0, 0);
        var instance = Instance with { SpeedMph = 40 };
        Assert.Equal(262.3, instance.Seconds(depot, landfill), 1);
    }

    [Theory]
    [InlineData(8, "0	15840	0	0000	2400	300	9999	2", "appears twice")]
    [InlineData(9, "3	5280	5280	07:00	2400	600	10	1", "is not HHMM")]
    [InlineData(9, "3	5280	5280	0700	2430	600	10	1", "is not HHMM")]
    [InlineData(9, "3	5280	5280	0700	2400	600	10	3", "stop type '3' is not supported")]
    [InlineData(9, "3	5280	5280	0700	2400	600	10", "expected 8 fields")]
    [InlineData(2, "-40.0 // daily", "not positive")]
    public void A_malformed_line_gives_an_error_with_its_line_number(int line, string bad, string expected)
    {
        var lines = Small.Split('\n');
        lines[line - 1] = bad;
        var error = Assert.ThrowsAny<InstanceParseException>(() => KimReader.Parse(new StringReader(string.Join('\n', lines)), "bad.txt"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.LineNumber);
    }

    [Property(MaxTest = 200)]
    public bool A_mangled_line_never_crashes_the_reader(int lineSeed, string? garbage)
    {
        var lines = Small.Split('\n');
        lines[Math.Abs(lineSeed % lines.Length)] = garbage ?? "";
        try
        {
            KimReader.Parse(new StringReader(string.Join('\n', lines)), "fuzz.txt");
            return true;
        }
        catch (InstanceParseException)
        {
            return true;
        }
    }

    [Fact]
    public void The_checker_finds_every_broken_rule()
    {
        var solution = new KimSolution([["2", "3", "4", "5", "6", "lunch", "lunch"], ["7"]], null);
        var report = KimSolutionChecker.Check(Instance, solution, fleet: 1);
        Assert.Contains(report.Violations, v => v.Contains("above the capacity 25", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("in the day, above 40", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("serves 5 stops, above 4", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("not via a landfill", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("takes 2 lunch breaks", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("takes 0 lunch breaks", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("2 trucks used, the fleet has 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_good_plan_passes_and_its_miles_are_the_manhattan_sum()
    {
        // Truck 1: 2, 4, landfill, lunch, 3, 5, landfill; truck 2: 6, 7, landfill, lunch.
        var solution = new KimSolution([["2", "4", "1", "lunch", "3", "5", "1"], ["6", "7", "1", "lunch"]], null);
        var report = KimSolutionChecker.Check(Instance, solution, fleet: 2);
        Assert.True(report.IsFeasible, string.Join("; ", report.Violations));
        Assert.Equal(2, report.Trucks);
        // Truck 1: 1 + 1 + 1 + 3 + 1 + 4 + 3 miles; truck 2: 1 + 2 + 4 + 3.
        Assert.Equal(14 + 10, report.Miles, 9);
    }

    [Fact]
    public void A_lunch_after_noon_is_a_violation()
    {
        var late = Instance with { Stops = [.. Instance.Stops.Select(s => s.Id == "2" ? s with { Earliest = 12 * 3600 + 600, Latest = 13 * 3600 } : s)] };
        var report = KimSolutionChecker.Check(late, new KimSolution([["2", "lunch", "4", "1"], ["3", "5", "1", "lunch"], ["6", "7", "1", "lunch"]], null), null);
        Assert.Contains(report.Violations, v => v.Contains("lunch starts at 12:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_solver_keeps_every_rule_and_the_checker_agrees()
    {
        var problem = new KimProblem(Instance, fleet: 3);
        var result = new HybridGeneticSearch(problem.Data, new SolverOptions { Seed = 2, MaxIterations = 300 }).Solve();
        Assert.True(result.IsFeasible);
        var solution = new KimSolution(result.Routes.Select(r => problem.Visits(r.Clients)).ToList(), null);
        var report = KimSolutionChecker.Check(Instance, solution, fleet: 3);
        Assert.True(report.IsFeasible, string.Join("; ", report.Violations));
        Assert.True(report.Trucks >= 2, "40 yd3 a day for 60 yd3 of stops needs two trucks at least");
        Assert.All(solution.Routes, r => Assert.Equal(1, r.Count(v => v == KimSolution.Lunch)));
    }

    [Fact]
    public void Trucks_far_from_their_landfill_unload_wherever_their_trips_fill_up()
    {
        // 120 stops of 10 yd3 within a mile of the depot, the landfill 5 miles away: trucks of 50 yd3 must unload twelve
        // times each, wherever their trips fill up, not only beside the stops nearest the landfill (the granular
        // operators' only places for a disposal visit, which left trips of 100 yd3 before disposal placement).
        var stops = Enumerable.Range(0, 120)
            .Select(k => new KimSite($"{k + 2}", (k % 12 - 6) * 880.0, (k / 12 - 5) * 1056.0, 6 * 3600, 18 * 3600, 60, 10))
            .ToList();
        var far = new KimInstance
        {
            Name = "far_stop",
            Capacity = 50,
            DailyVolume = 600,
            MaxStops = 500,
            LunchSeconds = 1800,
            SpeedMph = 30,
            Depot = new KimSite("0", 0, 0, 6 * 3600, 18 * 3600, 0, 0),
            Landfills = [new KimSite("1", 5 * KimInstance.FeetPerMile, 0, 0, 24 * 3600, 600, 0)],
            Stops = stops,
        };
        var problem = new KimProblem(far, fleet: 2);
        var result = new HybridGeneticSearch(problem.Data, new SolverOptions { Seed = 1, MaxIterations = 5, PopulationSize = 4, GenerationSize = 4 }).Solve();
        var solution = new KimSolution(result.Routes.Select(r => problem.Visits(r.Clients)).ToList(), null);
        var report = KimSolutionChecker.Check(far, solution, fleet: 2);
        Assert.True(report.IsFeasible, string.Join("; ", report.Violations.Take(5)));
        Assert.Equal(24, solution.Routes.Sum(r => r.Count(v => v == "1")));
    }
}
