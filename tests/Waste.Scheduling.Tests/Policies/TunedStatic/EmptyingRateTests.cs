using Waste.Forecasting;
using Waste.Scheduling.Policies.TunedStatic;

namespace Waste.Scheduling.Tests.Policies.TunedStatic;

public class EmptyingRateTests
{
    /// <summary>Emptyings ending at Monday 04:00, each cycle its hours and the fill the crew found, leaving
    /// <paramref name="left"/>.</summary>
    internal static IReadOnlyList<Collection> Emptyings(double left, params (double Hours, double Found)[] cycles)
    {
        var time = TestDepot.At(TestDepot.Monday, 4).AddHours(-cycles.Sum(c => c.Hours));
        var collections = new List<Collection> { new(time, 50, left) };
        foreach (var (hours, found) in cycles)
        {
            time = time.AddHours(hours);
            collections.Add(new Collection(time, found, left));
        }

        return collections;
    }

    [Fact]
    public void The_rate_pools_the_rise_from_each_leftover_over_all_the_days_between()
    {
        var rate = EmptyingRate.Of(Emptyings(5, (24, 25), (48, 45), (24, 15)))!.Value;

        Assert.Equal((20 + 40 + 10) / 4.0, rate.PointsPerDay, 9);
        Assert.Equal(4, rate.Days, 9);
        Assert.Null(rate.FullWithinDays);
    }

    [Fact]
    public void A_bin_found_full_says_the_shortest_cycle_that_filled_it()
    {
        var rate = EmptyingRate.Of(Emptyings(0, (72, 100), (24, 30), (48, 99)))!.Value;

        Assert.Equal(2, rate.FullWithinDays);
    }

    [Fact]
    public void Emptyings_in_any_order_give_the_same_rate()
    {
        var collections = Emptyings(3, (24, 20), (30, 44), (20, 15));

        Assert.Equal(EmptyingRate.Of(collections), EmptyingRate.Of([.. collections.Reverse()]));
    }

    [Fact]
    public void No_cycle_no_rate()
    {
        var once = new Collection(TestDepot.At(TestDepot.Monday, 4), 60, 0);

        Assert.Null(EmptyingRate.Of([]));
        Assert.Null(EmptyingRate.Of([once]));
        Assert.Null(EmptyingRate.Of([once, once with { FillBeforePercent = 10 }]));
    }
}
