using Waste.Routing.Modelling;
using Waste.Routing.Planning;

namespace Waste.Routing.Tests.Planning;

public class StopSelectorTests
{
    private static readonly DateTimeOffset NextVisit = new(2026, 3, 3, 6, 0, 0, TimeSpan.FromHours(7));
    private static readonly PlanningWindow Window = new(NextVisit, NextVisit.AddDays(2), OverflowPenalty: 1000);

    private static BinForecast Bin(string id, DateTimeOffset threshold, TimeSpan? uncertainty = null) => new()
    {
        BinId = id,
        Location = new GeoPoint(10.98, 106.65),
        Stream = "residual",
        ExpectedLoad = new Load(200, 50),
        ThresholdAt = threshold,
        FullAt = threshold.AddHours(12),
        Uncertainty = uncertainty ?? TimeSpan.Zero,
    };

    [Fact]
    public void A_bin_that_would_pass_its_threshold_before_the_next_possible_visit_is_mandatory()
    {
        var choice = StopSelector.Choose([Bin("b1", NextVisit.AddHours(-3))], Window).Choices.Single();
        Assert.Equal(StopDecision.Mandatory, choice.Decision);
        Assert.Equal(0, choice.SkipPenalty);
    }

    [Fact]
    public void A_bin_that_would_pass_it_within_the_horizon_is_optional_with_a_penalty()
    {
        var choice = StopSelector.Choose([Bin("b1", NextVisit.AddHours(12))], Window).Choices.Single();
        Assert.Equal(StopDecision.Optional, choice.Decision);
        Assert.Equal(750, choice.SkipPenalty, 6);
    }

    [Fact]
    public void A_bin_that_will_not_pass_it_within_the_horizon_is_left_out()
    {
        var selection = StopSelector.Choose([Bin("b1", NextVisit.AddDays(3))], Window);
        Assert.Equal(StopDecision.LeftOut, selection.Choices.Single().Decision);
        Assert.Empty(selection.ToRoute);
    }

    [Fact]
    public void The_more_urgent_of_two_optional_bins_costs_more_to_leave_out()
    {
        var choices = StopSelector.Choose([Bin("soon", NextVisit.AddHours(2)), Bin("later", NextVisit.AddHours(40))], Window).Choices;
        Assert.True(choices[0].SkipPenalty > choices[1].SkipPenalty);
        Assert.True(choices[1].SkipPenalty > 0);
    }

    [Fact]
    public void The_uncertainty_band_makes_a_borderline_bin_mandatory()
    {
        var sure = Bin("sure", NextVisit.AddHours(2));
        var unsure = Bin("unsure", NextVisit.AddHours(2), uncertainty: TimeSpan.FromHours(3));
        var choices = StopSelector.Choose([sure, unsure], Window).Choices;
        Assert.Equal(StopDecision.Optional, choices[0].Decision);
        Assert.Equal(StopDecision.Mandatory, choices[1].Decision);
    }

    [Fact]
    public void Unusable_forecasts_are_rejected_with_a_reason_and_the_rest_still_chosen()
    {
        var good = Bin("good", NextVisit.AddHours(-1));
        var selection = StopSelector.Choose(
        [
            good,
            good,
            Bin("nan", NextVisit) with { ExpectedLoad = new Load(double.NaN, 1) },
            Bin("backwards", NextVisit) with { FullAt = NextVisit.AddHours(-5) },
            Bin("nowhere", NextVisit) with { Location = new GeoPoint(200, 0) },
        ], Window);
        Assert.Single(selection.Choices);
        Assert.Equal(["good", "nan", "backwards", "nowhere"], selection.Rejected.Select(r => r.BinId));
        Assert.All(selection.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public void A_horizon_that_ends_before_the_next_visit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => StopSelector.Choose([], new PlanningWindow(NextVisit, NextVisit.AddHours(-1))));
    }
}
