using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class FillCyclesTests
{
    private static readonly CycleEstimate SlowWard = CycleEstimate.Vague(1);

    // Cycles of 20 to 60 hours of a bin rising truePerHour points an hour with normal noise, capped at 100.
    private static IEnumerable<(double Hours, double Rise)> Cycles(double truePerHour, double noise, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var hours = 20 + 40 * random.NextDouble();
            yield return (hours, truePerHour * hours + noise * Gaussian(random));
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void A_fill_at_the_cap_counts_as_at_least_the_cap_not_as_the_cap()
    {
        // A ward whose bins fill at the rate this one does, 2.5 points an hour: 100 at 40 hours, 150 at 60.
        var ward = CycleEstimate.Vague(2.5);
        var censored = new FillCycles();
        var takenAsSeen = new FillCycles();
        foreach (var (hours, rise) in Cycles(2.5, 8, 40, seed: 1))
        {
            censored.Learn(hours, Math.Min(100, rise), 100, ward);
            takenAsSeen.Learn(hours, Math.Min(100, rise), 1e9, ward);
        }

        var aware = censored.Estimate(ward, FillCycles.BinShrinkage).Rise(60);
        var naive = takenAsSeen.Estimate(ward, FillCycles.BinShrinkage).Rise(60);
        Assert.True(naive < 120, $"taken as seen, a 60-hour cycle rises {naive:0.0}");
        Assert.True(aware is > 135 and < 165, $"censored, a 60-hour cycle rises {aware:0.0}");
    }

    [Fact]
    public void A_bin_with_few_cycles_leans_on_its_ward_and_one_with_many_on_itself()
    {
        var bin = new FillCycles();
        var learnt = Cycles(3, 5, 20, seed: 2).ToList();
        bin.Learn(learnt[0].Hours, learnt[0].Rise, 100, SlowWard);
        var afterOne = bin.Estimate(SlowWard, FillCycles.BinShrinkage).Rise(30);
        foreach (var (hours, rise) in learnt.Skip(1))
        {
            bin.Learn(hours, rise, 100, SlowWard);
        }

        var afterMany = bin.Estimate(SlowWard, FillCycles.BinShrinkage).Rise(30);

        // The ward says 30 points in 30 hours, the bin 90.
        Assert.InRange(afterOne, 35, 80);
        Assert.InRange(afterMany, 80, 100);
    }

    [Fact]
    public void A_bin_that_speeds_up_is_followed_within_a_few_cycles()
    {
        var bin = new FillCycles();
        foreach (var (hours, rise) in Cycles(1, 3, 30, seed: 3))
        {
            bin.Learn(hours, rise, 200, SlowWard);
        }

        var before = bin.Estimate(SlowWard, FillCycles.BinShrinkage).Rise(40);
        foreach (var (hours, rise) in Cycles(2, 3, 15, seed: 4))
        {
            bin.Learn(hours, rise, 200, SlowWard);
        }

        // 40 points in 40 hours before; 80 now.
        Assert.InRange(before, 36, 44);
        Assert.InRange(bin.Estimate(SlowWard, FillCycles.BinShrinkage).Rise(40), 64, 84);
    }

    [Fact]
    public void The_band_of_the_forecasts_made_before_each_cycle_holds_about_four_in_five()
    {
        // The ward: three bins like this one.
        var neighbours = Enumerable.Range(0, 3).Select(_ => new FillCycles()).ToList();
        foreach (var (neighbour, seed) in neighbours.Select((n, i) => (n, 10 + i)))
        {
            foreach (var (hours, rise) in Cycles(1.5, 10, 30, seed))
            {
                neighbour.Learn(hours, rise, 300, SlowWard);
            }
        }

        var ward = FillCycles.Pool(neighbours, SlowWard, FillCycles.WardShrinkage);
        var bin = new FillCycles();
        var (inside, scored) = (0, 0);
        foreach (var (hours, rise) in Cycles(1.5, 10, 400, seed: 5))
        {
            var estimate = bin.Estimate(ward, FillCycles.BinShrinkage);
            if (bin.Count > 5)
            {
                var half = FillForecaster.BandZ * estimate.Spread(hours);
                inside += Math.Abs(rise - estimate.Rise(hours)) <= half ? 1 : 0;
                scored++;
            }

            bin.Learn(hours, rise, 300, ward);
        }

        Assert.InRange(inside / (double)scored, 0.72, 0.88);
    }

    [Fact]
    public void A_wards_cycles_are_its_bins_cycles_pooled()
    {
        var (fast, slow) = (new FillCycles(), new FillCycles());
        foreach (var (hours, rise) in Cycles(3, 2, 10, seed: 6))
        {
            fast.Learn(hours, rise, 300, SlowWard);
        }

        foreach (var (hours, rise) in Cycles(1, 2, 10, seed: 7))
        {
            slow.Learn(hours, rise, 300, SlowWard);
        }

        var ward = FillCycles.Pool([fast, slow], SlowWard, FillCycles.WardShrinkage);

        Assert.Equal(fast.Count + slow.Count, ward.Cycles, 9);
        Assert.InRange(ward.MeanPointsPerHour, 1.5, 2.5);
    }

    [Fact]
    public void A_cycle_without_hours_or_with_no_number_teaches_nothing()
    {
        var bin = new FillCycles();
        bin.Learn(0, 50, 100, SlowWard);
        bin.Learn(-3, 50, 100, SlowWard);
        bin.Learn(24, double.NaN, 100, SlowWard);

        Assert.Equal(0, bin.Count);
        Assert.Equal(SlowWard.Rise(24), bin.Estimate(SlowWard, FillCycles.BinShrinkage).Rise(24), 9);
    }
}
