using Waste.Scheduling.Policies.TunedStatic;

namespace Waste.Scheduling.Tests.Policies.TunedStatic;

public class TunedStaticPolicyTests
{
    private static readonly TestDepot Depot = new([TestDepot.Truck("truck-1")]);
    private static readonly TunedStaticPolicy Policy = new(new TunedStaticOptions { DaySpread = 0.35 });

    [Theory]
    [InlineData(5, 1)]   // a 7-day gap at 5 a day, 95th percentile: 35 x exp(1.645 x 0.35 / sqrt 7) = 43.5
    [InlineData(10, 2)]  // 7 days: 87, over 80; 4 days: 53
    [InlineData(20, 4)]  // 4 days: 107; 3 days: 84; 2 days: 60
    [InlineData(40, 7)]  // 2 days: 120; 1 day: 71
    [InlineData(120, 7)] // too fast for any: every day
    public void A_bin_gets_the_sparsest_week_that_finds_it_under_the_threshold_on_95_percent_of_visits(double perDay, int visits)
    {
        var bin = TestDepot.Bin("bin", 0, perDay);

        Assert.Equal(visits, Policy.VisitsPerWeek(bin, 80));
    }

    [Fact]
    public void A_bin_seen_at_its_emptyings_is_tuned_on_what_the_crews_found_not_on_its_forecast()
    {
        // Ten days at 20 a day, doubted by sqrt(1/gap + 1/10): 2-day gap 62.5, 3-day gap 87.6.
        var cycles = Enumerable.Repeat((24.0, 20.0), 10).ToArray();
        var bin = TestDepot.Bin("bin", 0, 5) with { RecentCollections = EmptyingRateTests.Emptyings(0, cycles) };

        Assert.Equal(1, Policy.VisitsPerWeek(TestDepot.Bin("bin", 0, 5), 80));
        Assert.Equal(4, Policy.VisitsPerWeek(bin, 80));
    }

    [Fact]
    public void A_rate_seen_over_few_days_is_doubted_more_than_one_seen_over_many()
    {
        // 14 a day: a 4-day gap is 76.8 at the 95th percentile after 20 days seen, 92 after 2.
        var many = TestDepot.Bin("many", 0, 14) with { RecentCollections = EmptyingRateTests.Emptyings(0, [.. Enumerable.Repeat((24.0, 14.0), 20)]) };
        var few = TestDepot.Bin("few", 0, 14) with { RecentCollections = EmptyingRateTests.Emptyings(0, (24, 14), (24, 14)) };

        Assert.Equal(2, Policy.VisitsPerWeek(many, 80));
        Assert.Equal(3, Policy.VisitsPerWeek(few, 80));
    }

    [Fact]
    public void A_bin_once_found_full_gets_no_gap_as_long_as_the_cycle_that_filled_it()
    {
        // 17.8 a day over nine days would bear a 3-day gap (78.3), but three days once filled it.
        var bin = TestDepot.Bin("bin", 0, 5) with { RecentCollections = EmptyingRateTests.Emptyings(0, (72, 30), (72, 30), (72, 100)) };

        Assert.Equal(4, Policy.VisitsPerWeek(bin, 80));
    }

    [Fact]
    public void A_bin_never_seen_emptied_is_tuned_on_its_forecast_until_it_is_expected_full()
    {
        Assert.Equal(10, TunedStaticPolicy.DailyRate(TestDepot.Bin("slow", 20, 10)), 6);
        Assert.Equal(30, TunedStaticPolicy.DailyRate(TestDepot.Bin("fast", 20, 30)), 6);
    }

    [Fact]
    public void Over_a_week_each_bin_is_emptied_as_often_as_its_pattern_says_and_the_days_share_the_work()
    {
        var bins = Enumerable.Range(0, 60).Select(i => TestDepot.Bin($"bin-{i:00}", 10, 5 + i % 4 * 10, index: i)).ToList();
        string? memory = null;
        var emptied = new Dictionary<string, int>(StringComparer.Ordinal);
        var perDay = new List<int>();
        for (var d = 0; d < 7; d++)
        {
            var plan = Policy.Plan(Depot.Day(TestDepot.Monday.AddDays(d)) with { Memory = memory }, bins);
            memory = plan.Memory;
            perDay.Add(plan.Model.Stops.Count);
            foreach (var stop in plan.Model.Stops)
            {
                emptied[stop.Id] = emptied.GetValueOrDefault(stop.Id) + 1;
            }
        }

        Assert.All(bins, bin => Assert.Equal(Policy.VisitsPerWeek(bin, 80), emptied.GetValueOrDefault(bin.BinId)));
        Assert.InRange(perDay.Max() - perDay.Min(), 0, perDay.Average() * 0.6);
    }

    [Fact]
    public void The_schedule_is_frozen_once_chosen_and_a_new_bin_gets_its_own_later()
    {
        var bins = Enumerable.Range(0, 20).Select(i => TestDepot.Bin($"bin-{i:00}", 10, 5, index: i)).ToList();
        var first = Policy.Plan(Depot.Day(), bins);

        var faster = bins.Select(b => TestDepot.Bin(b.BinId, 10, 60, index: int.Parse(b.BinId[4..], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var week = Enumerable.Range(1, 7).Select(d => Policy.Plan(Depot.Day(TestDepot.Monday.AddDays(d)) with { Memory = first.Memory }, [.. faster, TestDepot.Bin("new", 10, 60, index: 25)])).ToList();

        Assert.All(faster, bin => Assert.Equal(1, week.Count(p => p.Model.Stops.Any(s => s.Id == bin.BinId))));
        Assert.Equal(7, week.Count(p => p.Model.Stops.Any(s => s.Id == "new")));
        Assert.Equal(TunedSchedule.Read(first.Memory).SectorBounds, TunedSchedule.Read(week[^1].Memory).SectorBounds);
    }

    [Fact]
    public void A_bin_not_on_its_day_waits_with_the_reason()
    {
        var bins = Enumerable.Range(0, 20).Select(i => TestDepot.Bin($"bin-{i:00}", 10, 5, index: i)).ToList();

        var plan = Policy.Plan(Depot.Day(), bins);

        Assert.All(plan.Decisions.Where(d => d.Verdict == BinVerdict.Waits), d => Assert.Equal(DecisionRule.NotScheduled, d.Rule));
        Assert.All(plan.Decisions.Where(d => d.Verdict == BinVerdict.MustGo), d => Assert.Equal(DecisionRule.Scheduled, d.Rule));
        Assert.Equal(plan.Model.Stops.Count, plan.Decisions.Count(d => d.Verdict == BinVerdict.MustGo));
    }
}
