using Waste.Scheduling.Policies.Anticipatory;

namespace Waste.Scheduling.Tests.Policies.Anticipatory;

public class BinWindowTests
{
    private static readonly AnticipatoryOptions Options = new() { DuePercent = 100, ReleasePercent = 50 };

    [Fact]
    public void A_bin_is_worth_a_visit_from_its_expected_release_and_due_when_its_band_could_be_full()
    {
        // 30 % at 04:00, 30 points a day, band 5 points a day: expected 50 % after 16 h; the band's top at 100 % after 2 days.
        var bin = TestDepot.Bin("b", 30, 30, band: 5);
        var start = TestDepot.At(TestDepot.Monday, 5);

        var window = BinWindow.Of(bin, start, Options);

        Assert.Equal(TestDepot.At(TestDepot.Monday, 20), window.Release);
        Assert.Equal(TestDepot.At(TestDepot.Monday.AddDays(2), 4), window.Due!.Value, TimeSpan.FromMinutes(1));
        Assert.True(window.IsDueBefore(TestDepot.At(TestDepot.Monday.AddDays(2), 13)));
        var within = window.Within(Shifts(3));
        Assert.Equal(window.Release, within.Start);
        Assert.Equal(window.Due.Value, within.End);
    }

    [Fact]
    public void A_bin_already_due_may_still_be_emptied_until_the_first_days_shifts_end()
    {
        var bin = TestDepot.Bin("b", 97, 30, band: 5);
        var start = TestDepot.At(TestDepot.Monday, 5);
        var firstDayEnd = TestDepot.At(TestDepot.Monday, 13);

        var within = BinWindow.Of(bin, start, Options).Within(Shifts(3));

        Assert.Equal(start, within.Start);
        Assert.Equal(firstDayEnd, within.End);
    }

    [Fact]
    public void A_bin_released_after_the_last_shift_before_it_is_due_opens_at_that_shift()
    {
        // 2 % at 04:00 Monday, 80 points a day: expected 50 % at 18:24, the band's top (20 points a day) at 100 % at
        // 03:31 on Tuesday, before any Tuesday shift: Monday's shift is its only chance.
        var bin = TestDepot.Bin("b", 2, 80, band: 20);
        var window = BinWindow.Of(bin, TestDepot.At(TestDepot.Monday, 5), Options);

        var within = window.Within(Shifts(3));

        Assert.True(window.Release > TestDepot.At(TestDepot.Monday, 13));
        Assert.Equal(TestDepot.At(TestDepot.Monday, 5), within.Start);
        Assert.Equal(window.Due!.Value, within.End);
        Assert.True(within.End < TestDepot.At(TestDepot.Monday.AddDays(1), 5));
    }

    [Fact]
    public void A_slow_bin_is_neither_due_nor_released_within_a_short_horizon()
    {
        var window = BinWindow.Of(TestDepot.Bin("b", 5, 3, band: 1), TestDepot.At(TestDepot.Monday, 5), Options);

        Assert.Null(window.Due);
        Assert.True(window.Release > TestDepot.At(TestDepot.Monday.AddDays(3), 13));
    }

    private static IReadOnlyList<Waste.Routing.Modelling.TimeWindow> Shifts(int days) =>
        [.. Enumerable.Range(0, days).Select(d => new Waste.Routing.Modelling.TimeWindow(TestDepot.At(TestDepot.Monday.AddDays(d), 5), TestDepot.At(TestDepot.Monday.AddDays(d), 13)))];
}
