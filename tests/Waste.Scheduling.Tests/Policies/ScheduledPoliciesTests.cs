using Waste.Scheduling.Policies;

namespace Waste.Scheduling.Tests.Policies;

public class ScheduledPoliciesTests
{
    private static readonly TestDepot Depot = new([TestDepot.Truck("truck-1")]);

    private static readonly BinOutlook[] Bins = [.. Enumerable.Range(0, 20).Select(i => TestDepot.Bin($"bin-{i:00}", 5 * i, 30, index: i))];

    [Fact]
    public void The_daily_round_sends_every_bin_as_mandatory_with_the_load_expected_at_mid_shift()
    {
        var plan = new DailyPolicy().Plan(Depot.Day(), Bins);

        Assert.Equal(Bins.Length, plan.Model.Stops.Count);
        Assert.All(plan.Model.Stops, s => Assert.True(s.Mandatory));
        Assert.All(plan.Decisions, d => Assert.Equal((BinVerdict.MustGo, DecisionRule.EveryDay), (d.Verdict, d.Rule)));
        // At 09:00, five hours after 04:00 at 30 points a day: 6.25 points more, of 240 L.
        Assert.Equal(240 * (50 + 30 * 5 / 24.0) / 100, plan.Model.Stops.Single(s => s.Id == "bin-10").Demand.Litres, 6);
        Assert.Equal(["truck-1"], plan.Model.Vehicles.Select(v => v.Id));
    }

    [Fact]
    public void Every_n_days_takes_each_bin_once_in_n_days_by_its_turn()
    {
        var policy = new EveryNDaysPolicy(3, id => int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture));
        var days = Enumerable.Range(0, 3).Select(d => policy.Plan(Depot.Day(TestDepot.Monday.AddDays(d)), Bins)).ToList();

        var taken = days.SelectMany(p => p.Model.Stops.Select(s => s.Id)).ToList();
        Assert.Equal(Bins.Select(b => b.BinId).Order(), taken.Order());
        Assert.All(days, p => Assert.InRange(p.Model.Stops.Count, 6, 7));
        Assert.All(days.SelectMany(p => p.Decisions).Where(d => d.Verdict == BinVerdict.Waits), d => Assert.Equal(DecisionRule.NotScheduled, d.Rule));
    }

    [Fact]
    public void The_threshold_policy_takes_the_bins_at_or_above_the_threshold_when_planned()
    {
        var plan = new ThresholdPolicy().Plan(Depot.Day(threshold: 80), Bins);

        Assert.Equal(["bin-16", "bin-17", "bin-18", "bin-19"], plan.Model.Stops.Select(s => s.Id));
        Assert.Equal(16, plan.Decisions.Count(d => d.Rule == DecisionRule.BelowThreshold));
    }
}
