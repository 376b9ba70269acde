using MathNet.Numerics.Distributions;
using Waste.Simulation.Calibration;

namespace Waste.Simulation.Tests.Calibration;

/// <summary>
/// The calibration: it recovers known parameters from cycles drawn from them (censored at the cap as the real log
/// is), and it is reproducible from the data file: the committed Edinburgh extract gives the same parameters every
/// time, the ones recorded here from <c>simulate calibrate --events</c> on it.
/// </summary>
public sealed class FillCalibratorTests
{
    private static readonly TimeZoneInfo London = CollectionLogReader.EuropeLondon;

    [Fact]
    public void The_calibration_is_reproducible_from_the_data_file()
    {
        var cycles = FillCycles.Of(new CollectionLogReader(London).Read(EdinburghExtract.Path), London);

        var first = FillCalibrator.Fit(cycles);
        var second = FillCalibrator.Fit(FillCycles.Of(new CollectionLogReader(London).Read(EdinburghExtract.Path), London));

        Assert.Empty(first.Differences(second.Parameters, 0));
        Assert.Equal(first.Summary, second.Summary);
        // As `simulate calibrate --events tests/Waste.Simulation.Tests/Data/edinburgh-2016/edinburgh_enevo_collections_2016_sites_mod16.csv` prints them.
        var p = first.Parameters;
        Assert.Equal((23, 569, 81, 5), (first.Summary.Sites, first.Summary.Cycles, first.Summary.CensoredCycles, first.LongGaps));
        Assert.Equal(29.735, p.MedianPercentPerDay, 0.005);
        Assert.Equal(0.6517, p.BetweenBinSigma, 0.0005);
        Assert.Equal(-0.4349, p.SizeElasticity, 0.0005);
        Assert.Equal(0.3358, p.Dispersion, 0.0005);
        Assert.Equal(0.8928, p.DayFactor(DayOfWeek.Monday), 0.0005);
        Assert.Equal(1.0782, p.DayFactor(DayOfWeek.Saturday), 0.0005);
    }

    [Fact]
    public void Known_parameters_are_recovered_from_censored_cycles_drawn_from_them()
    {
        var truth = new FillParameters(30, 0.6, -0.35, 0.3, [1.1, 0.9, 0.9, 0.9, 1.0, 1.0, 1.2]);
        var cycles = Draw(truth, bins: 150, cyclesPerBin: 16, seed: 11, minHours: 6, maxHours: 54);
        Assert.InRange(cycles.Censored / (double)cycles.Cycles.Count, 0.05, 0.5);

        var fitted = FillCalibrator.Fit(cycles).Parameters;

        Assert.Equal(truth.MedianPercentPerDay, fitted.MedianPercentPerDay, truth.MedianPercentPerDay * 0.12);
        Assert.Equal(truth.BetweenBinSigma, fitted.BetweenBinSigma, 0.1);
        Assert.Equal(truth.SizeElasticity, fitted.SizeElasticity, 0.2);
        Assert.Equal(truth.Dispersion, fitted.Dispersion, 0.06);
        var days = string.Join(" ", Enum.GetValues<DayOfWeek>().Select(d => $"{d} {fitted.DayFactor(d):F3}"));
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            Assert.True(Math.Abs(truth.DayFactor(day) - fitted.DayFactor(day)) < 0.1, $"{day}: fitted {days}");
        }
    }

    [Fact]
    public void Treating_capped_fills_as_censored_finds_the_rate_that_raw_fill_over_time_understates()
    {
        var truth = new FillParameters(60, 0.01, 0, 0.2, [1, 1, 1, 1, 1, 1, 1]);
        var cycles = Draw(truth, bins: 1, cyclesPerBin: 200, seed: 3, minHours: 24, maxHours: 96);
        var bin = cycles.Cycles;
        var ones = bin.Select(c => c.Exposure(truth.DayOfWeek)).ToList();

        var (logRate, _, unbounded) = BinRateEstimator.Estimate(bin, ones, truth.Dispersion);
        var naive = bin.Sum(c => c.FillPercent) / ones.Sum();

        Assert.True(cycles.Censored > 50, $"{cycles.Censored} censored");
        Assert.False(unbounded);
        Assert.Equal(60, Math.Exp(logRate), 6.0);
        Assert.True(naive < 50, $"raw fill / time {naive}");
    }

    [Fact]
    public void A_bin_whose_every_fill_is_at_the_cap_has_only_a_lower_bound()
    {
        var cycles = FillCycles.Of(new CollectionLog(
            [.. Enumerable.Range(0, 5).Select(d => new CollectionEvent(1, new DateTimeOffset(2016, 6, 1 + 3 * d, 10, 0, 0, TimeSpan.FromHours(1)), d == 0 ? 40 : 100, null))], 0, []), London).Cycles;

        var estimate = BinRateEstimator.Estimate(cycles, [.. cycles.Select(c => c.Hours / 24)], 0.3);

        Assert.True(estimate.Unbounded);
        Assert.Equal(BinRateEstimator.MaxPercentPerDay, Math.Exp(estimate.LogRate), 1e-6);
    }

    // Bins of 120, 240 and 480 L emptied after uniform gaps; each cycle's fill a gamma draw of the truth, capped at 100.
    private static FillCycles Draw(FillParameters truth, int bins, int cyclesPerBin, int seed, double minHours = 8, double maxHours = 120)
    {
        var random = new Random(seed);
        var events = new List<CollectionEvent>();
        var sizes = new[] { 120.0, 240, 480 };
        for (var b = 0; b < bins; b++)
        {
            var litres = sizes[b % sizes.Length];
            var logRate = truth.LogMean(litres) + truth.BetweenBinSigma * Normal.Sample(random, 0, 1);
            var at = new DateTimeOffset(2016, 6, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddHours(24 * random.NextDouble());
            events.Add(new CollectionEvent(b, at, 50, litres / 2));
            for (var c = 0; c < cyclesPerBin; c++)
            {
                var end = at.AddHours(Math.Round(minHours + (maxHours - minHours) * random.NextDouble(), 2));
                var cycle = new FillCycle(b, at, end, 0, HoursByDay(at, end));
                var mean = Math.Exp(logRate) * cycle.Exposure(truth.DayOfWeek);
                var fill = Gamma.Sample(random, mean / (Math.Exp(logRate) * truth.Dispersion), 1 / (Math.Exp(logRate) * truth.Dispersion));
                var recorded = Math.Min(100, Math.Round(fill));
                events.Add(new CollectionEvent(b, end, recorded, recorded >= 10 ? litres * recorded / 100 : null));
                at = end;
            }
        }

        return FillCycles.Of(new CollectionLog(events, 0, []), London);
    }

    private static double[] HoursByDay(DateTimeOffset start, DateTimeOffset end) =>
        FillCycles.Of(new CollectionLog([new CollectionEvent(0, start, 0, null), new CollectionEvent(0, end, 50, null)], 0, []), London).Cycles[0].HoursByDayOfWeek.ToArray();
}
