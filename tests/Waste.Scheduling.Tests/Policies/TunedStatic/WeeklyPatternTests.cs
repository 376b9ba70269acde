using Waste.Scheduling.Policies.TunedStatic;

namespace Waste.Scheduling.Tests.Policies.TunedStatic;

public class WeeklyPatternTests
{
    [Theory]
    [InlineData(7, 1)]
    [InlineData(4, 2)]
    [InlineData(3, 3)]
    [InlineData(2, 4)]
    [InlineData(1, 7)]
    public void A_pattern_spreads_its_visits_so_its_longest_gap_is_the_ceiling_of_seven_over_them(int visits, int gap)
    {
        foreach (var first in Enum.GetValues<DayOfWeek>())
        {
            var pattern = WeeklyPattern.Of(visits, first);
            var days = Enumerable.Range(0, 21).Select(d => TestDepot.Monday.AddDays(d)).Where(pattern.Includes).ToList();

            Assert.Equal(visits, pattern.VisitsPerWeek);
            Assert.Equal(first, days.First(d => d >= TestDepot.Monday.AddDays((int)first - (int)TestDepot.Monday.DayOfWeek + 7)).DayOfWeek);
            Assert.Equal(gap, days.Zip(days.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Max());
            Assert.Equal(gap, WeeklyPattern.LongestGap(visits));
        }
    }

    [Fact]
    public void A_week_has_one_to_seven_visits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyPattern.Of(0, DayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyPattern.Of(8, DayOfWeek.Monday));
    }
}
