namespace Waste.Forecasting;

/// <summary>Projects a bin's fill model forward: the hourly expected rise from its learnt rates (shrunk towards the
/// prior where its history is thin), with a band that widens with the rates' spread and the sensor's noise.</summary>
public static class FillForecaster
{
    /// <summary>The z-score of an 80 % two-sided band.</summary>
    public const double BandZ = 1.2816;

    /// <summary>Projects <paramref name="model"/> from its last reading until <paramref name="until"/>, hour by hour.</summary>
    public static FillProjection Project(FillModel model, RatePrior prior, FillModelSettings settings, DateTimeOffset until)
    {
        if (model.LevelTime is not { } from)
        {
            throw new InvalidOperationException("a model with no reading has nothing to project");
        }

        // A mean absolute deviation is about 0.8 sigma; the level keeps part of a reading's noise.
        var gain = settings.LevelGain * Math.Min(1, FillModelSettings.ReferenceNoise / model.Noise);
        var levelSigma = 1.25 * model.Noise * Math.Sqrt(gain);
        var variance = levelSigma * levelSigma;
        var rise = 0.0;
        var highestRise = 0.0;
        var points = new List<ProjectedFill> { Point(from, model.Level, variance) };
        foreach (var (hourOfWeek, hours) in FillModel.HourSlices(from, until, settings.UtcOffset))
        {
            // The rise is summed before it is held above zero and kept from falling: see FillModel.Expected.
            var rate = model.Rates.Estimate(hourOfWeek, prior.At(hourOfWeek));
            rise += rate.PointsPerHour * hours;
            highestRise = Math.Max(highestRise, rise);
            var expected = Math.Min(100, model.Level + highestRise);
            variance += rate.Variance * hours * hours;
            var time = points[^1].Time + TimeSpan.FromHours(hours);
            points.Add(Point(time, expected, variance));
        }

        return new FillProjection { Points = points };
    }

    private static ProjectedFill Point(DateTimeOffset time, double expected, double variance)
    {
        var half = BandZ * Math.Sqrt(variance);
        return new ProjectedFill(time, expected, Math.Clamp(expected - half, 0, 100), Math.Clamp(expected + half, 0, 100));
    }
}
