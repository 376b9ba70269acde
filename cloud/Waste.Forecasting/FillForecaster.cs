namespace Waste.Forecasting;

/// <summary>
/// Projects a bin's fill model forward, hour by hour, with an 80 % band. From a reading: the level, moved and the
/// rates' rise weighted as the bin's forecast skill learnt (towards persistence where its readings wander without
/// filling), the rates shrunk towards its cycles and its ward's where its own history is thin, and the band widened
/// or narrowed by how far its forecasts really missed. From a reported emptying with no reading since: the bin's
/// cycles, from what the emptying left. While its readings are not believed (a stuck sensor): from the level when
/// they began, at its ward's rates, the band growing all the while. Fill is capped at 100, where sensors and the
/// data are.
/// </summary>
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

        if (model.LevelFromCycles)
        {
            return FromCycles(model, prior, settings, from, until);
        }

        // Readings not believed: the level is last known when they began, and the bin's own rates may have learnt
        // from them, so the ward's stand in.
        return model.DistrustedSince is { } distrusted
            ? FromLevel(model, prior, settings, distrusted, until, SkillEstimate.ModelAsIs, ownRates: false)
            : FromLevel(model, prior, settings, from, until, model.SkillEstimate(prior), ownRates: true);
    }

    private static FillProjection FromLevel(FillModel model, RatePrior prior, FillModelSettings settings, DateTimeOffset from, DateTimeOffset until, SkillEstimate skill, bool ownRates)
    {
        var (riseWeight, surpriseWeight, spreadScale) = skill;
        var start = Math.Clamp(model.Level + surpriseWeight * model.Surprise, 0, 100);
        var scale = model.CycleScale(prior);
        var variance = model.LevelVariance(settings);
        var rise = 0.0;
        var highestRise = 0.0;
        var points = new List<ProjectedFill> { Point(from, start, spreadScale * Math.Sqrt(variance)) };
        foreach (var (hourOfWeek, hours) in FillModel.HourSlices(from, until, settings.UtcOffset))
        {
            // The rise is summed before it is held above zero and kept from falling: see FillModel.Expected.
            var wardRate = model.PriorAt(hourOfWeek, prior, scale);
            var rate = ownRates ? model.Rates.Estimate(hourOfWeek, wardRate) : wardRate;
            rise += rate.PointsPerHour * hours;
            highestRise = Math.Max(highestRise, rise);
            variance += rate.Variance * hours * hours;
            var time = points[^1].Time + TimeSpan.FromHours(hours);
            points.Add(Point(time, Math.Min(100, start + riseWeight * highestRise), spreadScale * Math.Sqrt(variance)));
        }

        return new FillProjection { Points = points };
    }

    private static FillProjection FromCycles(FillModel model, RatePrior prior, FillModelSettings settings, DateTimeOffset from, DateTimeOffset until)
    {
        var cycles = model.CycleEstimate(prior);
        var highestRise = Math.Max(0, cycles.Start);
        var points = new List<ProjectedFill> { Point(from, Math.Min(100, model.Level + highestRise), cycles.Spread(0)) };
        foreach (var (_, hours) in FillModel.HourSlices(from, until, settings.UtcOffset))
        {
            var time = points[^1].Time + TimeSpan.FromHours(hours);
            var elapsed = (time - from).TotalHours;
            highestRise = Math.Max(highestRise, cycles.Rise(elapsed));
            points.Add(Point(time, Math.Min(100, model.Level + highestRise), cycles.Spread(elapsed)));
        }

        return new FillProjection { Points = points };
    }

    private static ProjectedFill Point(DateTimeOffset time, double expected, double spread)
    {
        var half = BandZ * spread;
        return new ProjectedFill(time, expected, Math.Clamp(expected - half, 0, 100), Math.Clamp(expected + half, 0, 100));
    }
}
