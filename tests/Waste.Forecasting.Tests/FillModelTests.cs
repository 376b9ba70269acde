using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class FillModelTests
{
    private static readonly FillModelSettings Settings = FillModelSettings.Default;

    private static double MarketRate(int localHour) => localHour is >= 5 and < 9 ? 4 : localHour is >= 9 and < 21 ? 1 : 0.1;

    [Fact]
    public void Learns_the_hours_a_bin_fills_fastest()
    {
        var bin = new SyntheticBin(MarketRate, noise: 1.5, seed: 1);
        var model = new FillModel();
        foreach (var (reading, _) in bin.Readings(TimeSpan.FromMinutes(30), TimeSpan.FromDays(21), emptyAt: 85))
        {
            model.Observe(reading, RatePrior.CityDefault, Settings);
        }

        // Tuesday 06:00 (market) against Tuesday 02:00 (night), local time.
        var market = model.Rates.Estimate(24 + 6, RatePrior.CityDefault.At(24 + 6)).PointsPerHour;
        var night = model.Rates.Estimate(24 + 2, RatePrior.CityDefault.At(24 + 2)).PointsPerHour;
        Assert.InRange(market, 3, 5);
        Assert.InRange(night, -0.5, 0.7);
    }

    [Fact]
    public void Recognises_each_emptying_once_at_its_time_and_nothing_else()
    {
        var bin = new SyntheticBin(MarketRate, noise: 2, seed: 2);
        var model = new FillModel();
        var found = new List<Collection>();
        foreach (var (reading, _) in bin.Readings(TimeSpan.FromMinutes(15), TimeSpan.FromDays(14), emptyAt: 80))
        {
            if (model.Observe(reading, RatePrior.CityDefault, Settings).Collection is { } collection)
            {
                found.Add(collection);
            }
        }

        Assert.Equal(bin.Emptyings.Count, found.Count);
        Assert.True(found.Count >= 5);
        foreach (var (truth, seen) in bin.Emptyings.Zip(found))
        {
            Assert.Equal(truth.Time, seen.Time);
            Assert.InRange(seen.FillBeforePercent, truth.FillBeforePercent - 8, truth.FillBeforePercent + 8);
            Assert.InRange(seen.FillAfterPercent, 0, 10);
        }
    }

    [Fact]
    public void A_single_low_outlier_is_not_an_emptying()
    {
        var model = new FillModel();
        var time = SyntheticBin.Start;
        foreach (var fill in new[] { 60.0, 61, 62, 10, 63, 64 })
        {
            Assert.Null(model.Observe(new FillObservation(time, fill), RatePrior.CityDefault, Settings).Collection);
            time += TimeSpan.FromMinutes(30);
        }

        Assert.InRange(model.Level, 55, 66);
    }

    [Fact]
    public void An_emptying_during_a_long_silence_is_recognised_when_the_bin_speaks_again()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(SyntheticBin.Start, 80), RatePrior.CityDefault, Settings);

        var verdict = model.Observe(new FillObservation(SyntheticBin.Start.AddDays(2), 6), RatePrior.CityDefault, Settings);

        Assert.Equal(ReadingOutcome.Emptied, verdict.Outcome);
        Assert.Equal(80, verdict.Collection!.FillBeforePercent);
        Assert.Equal(6, model.Level);
    }

    [Fact]
    public void A_reading_older_than_the_model_is_ignored()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(SyntheticBin.Start.AddHours(1), 30), RatePrior.CityDefault, Settings);

        Assert.Equal(ReadingOutcome.OutOfOrder, model.Observe(new FillObservation(SyntheticBin.Start, 90), RatePrior.CityDefault, Settings).Outcome);
        Assert.Equal(30, model.Level);
    }

    [Fact]
    public void Without_history_the_prior_decides_and_own_history_takes_over()
    {
        var fastWard = RatePrior.Flat(3, 1);
        var fresh = new FillModel();
        fresh.Observe(new FillObservation(SyntheticBin.Start, 10), fastWard, Settings);

        Assert.Equal(3 * 24, fresh.Expected(SyntheticBin.Start, SyntheticBin.Start.AddDays(1), fastWard, Settings), 6);

        var slowBin = new SyntheticBin(_ => 0.5, noise: 1, seed: 3);
        foreach (var (reading, _) in slowBin.Readings(TimeSpan.FromMinutes(30), TimeSpan.FromDays(14), emptyAt: 90))
        {
            fresh.Observe(reading, fastWard, Settings);
        }

        Assert.InRange(fresh.Expected(SyntheticBin.Start, SyntheticBin.Start.AddDays(1), fastWard, Settings), 0.5 * 24 * 0.7, 0.5 * 24 * 1.3);
    }

    [Fact]
    public void A_wards_prior_is_its_bins_profiles_weighted_by_what_each_has_seen()
    {
        var busy = new FillModel();
        var quiet = new FillModel();
        foreach (var (reading, _) in new SyntheticBin(_ => 2, 0.5, 4).Readings(TimeSpan.FromHours(1), TimeSpan.FromDays(10), emptyAt: 90))
        {
            busy.Observe(reading, RatePrior.CityDefault, Settings);
        }

        foreach (var (reading, _) in new SyntheticBin(_ => 0.2, 0.5, 5).Readings(TimeSpan.FromHours(1), TimeSpan.FromDays(10)))
        {
            quiet.Observe(reading, RatePrior.CityDefault, Settings);
        }

        var ward = RatePrior.Of([busy.Share, quiet.Share], RatePrior.CityDefault);

        Assert.InRange(ward.At(50).PointsPerHour, 0.7, 1.5);
        Assert.Same(RatePrior.CityDefault, RatePrior.Of([], RatePrior.CityDefault));

        // A new bin of the ward may be either (or like the city's default, which counts as one more bin): the prior's
        // variance holds the spread between them, not only their own variances.
        var mean = ward.At(50).PointsPerHour;
        var total = busy.Rates.HoursObserved + quiet.Rates.HoursObserved + RatePrior.FallbackHours;
        var spread = new[] { busy, quiet }.Sum(bin =>
            bin.Rates.HoursObserved / total * Math.Pow(bin.Rates.Estimate(50, RatePrior.CityDefault.At(50)).PointsPerHour - mean, 2));
        Assert.True(ward.At(50).Variance >= spread, $"variance {ward.At(50).Variance:F3}, spread between the bins {spread:F3}");
        Assert.True(spread > 0.3, $"the bins' rates should be apart: spread {spread:F3}");
    }

    [Fact]
    public void A_ward_of_a_few_new_bins_is_no_surer_than_the_city()
    {
        var bin = new FillModel();
        foreach (var (reading, _) in new SyntheticBin(_ => 3, 0.2, 6).Readings(TimeSpan.FromHours(1), TimeSpan.FromHours(6)))
        {
            bin.Observe(reading, RatePrior.CityDefault, Settings);
        }

        var ward = RatePrior.Of([bin.Share], RatePrior.CityDefault);

        // Six steady hours of one bin: the ward leans towards it, but keeps most of the city's doubt.
        Assert.InRange(ward.At(50).PointsPerHour, RatePrior.CityDefault.At(50).PointsPerHour, 2.5);
        Assert.True(ward.At(50).Variance >= RatePrior.CityDefault.At(50).Variance * 0.8, $"variance {ward.At(50).Variance:F3}");
    }

    [Fact]
    public void Hour_slices_cover_the_interval_exactly_in_local_hours()
    {
        // Sunday 16:40 UTC is Sunday 23:40 in Vietnam: the last hour of the week, then Monday's first two.
        var from = new DateTimeOffset(2026, 3, 1, 16, 40, 0, TimeSpan.Zero);

        var slices = FillModel.HourSlices(from, from.AddHours(2), TimeSpan.FromHours(7)).ToList();

        Assert.Equal([167, 0, 1], slices.Select(s => s.HourOfWeek));
        Assert.Equal([1 / 3.0, 1, 2 / 3.0], slices.Select(s => s.Hours), (a, b) => Math.Abs(a - b) < 1e-9);
    }
}
