using Waste.Simulation.Calibration;

namespace Waste.Simulation.Tests.Calibration;

/// <summary>Cycles from a log: successive emptyings per site, gaps refused and counted, hours by day of the week, the
/// capacity from the collected volume, summer time respected.</summary>
public sealed class FillCyclesTests
{
    private static readonly TimeZoneInfo London = CollectionLogReader.EuropeLondon;

    private static CollectionEvent Emptied(long site, int month, int day, int hour, double fill, double? litres = null) =>
        new(site, new DateTimeOffset(2016, month, day, hour, 0, 0, London.GetUtcOffset(new DateTime(2016, month, day, hour, 0, 0))), fill, litres);

    [Fact]
    public void Each_pair_of_successive_emptyings_of_a_site_is_a_cycle_and_long_gaps_are_refused()
    {
        var log = new CollectionLog(
        [
            Emptied(1, 6, 8, 10, 60), Emptied(1, 6, 6, 10, 50), Emptied(1, 6, 7, 22, 100), Emptied(1, 6, 30, 10, 90),
            Emptied(2, 6, 6, 10, 20), Emptied(2, 6, 6, 10, 30),
        ], 0, []);

        var cycles = FillCycles.Of(log, London);

        Assert.Equal(2, cycles.Sites);
        Assert.Equal([36.0, 12.0], cycles.Cycles.Select(c => c.Hours));
        Assert.Equal(1, cycles.Censored);
        Assert.Equal(1, cycles.LongGaps);
        Assert.Equal(1, cycles.SameInstant);
    }

    [Fact]
    public void A_cycles_hours_fall_on_its_days_of_the_week_and_sum_to_its_length()
    {
        // Friday 3 June 2016 18:00 to Monday 6 June 06:00.
        var cycle = FillCycles.Of(new CollectionLog([Emptied(1, 6, 3, 18, 0), Emptied(1, 6, 6, 6, 70)], 0, []), London).Cycles.Single();

        Assert.Equal(6, cycle.HoursByDayOfWeek[(int)DayOfWeek.Friday], 9);
        Assert.Equal(24, cycle.HoursByDayOfWeek[(int)DayOfWeek.Saturday], 9);
        Assert.Equal(24, cycle.HoursByDayOfWeek[(int)DayOfWeek.Sunday], 9);
        Assert.Equal(6, cycle.HoursByDayOfWeek[(int)DayOfWeek.Monday], 9);
        Assert.Equal(cycle.Hours, cycle.HoursByDayOfWeek.Sum(), 9);
        Assert.Equal(60.0 / 24, cycle.Exposure([1, 1, 1, 1, 1, 1, 1]), 9);
    }

    [Fact]
    public void A_cycle_across_the_end_of_summer_time_keeps_its_true_length()
    {
        // 30 October 2016: clocks go back at 02:00 BST, so 00:00 to 12:00 local is 13 hours.
        var cycle = FillCycles.Of(new CollectionLog([Emptied(1, 10, 30, 0, 0), Emptied(1, 10, 30, 12, 40)], 0, []), London).Cycles.Single();

        Assert.Equal(13, cycle.Hours, 9);
        Assert.Equal(13, cycle.HoursByDayOfWeek[(int)DayOfWeek.Sunday], 9);
    }

    [Fact]
    public void A_sites_capacity_is_its_collected_volume_over_its_fill()
    {
        var log = new CollectionLog([Emptied(7, 6, 6, 10, 50, 120), Emptied(7, 6, 7, 10, 80, 193), Emptied(7, 6, 8, 10, 5, 30), Emptied(7, 6, 9, 10, 60, 143)], 0, []);

        Assert.Equal(240, FillCycles.Of(log, London).CapacityLitres[7], 0);
    }
}
