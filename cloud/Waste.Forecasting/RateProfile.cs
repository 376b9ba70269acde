namespace Waste.Forecasting;

/// <summary>
/// How fast a bin fills at each hour of the week, in percentage points per hour, learnt with exponential forgetting
/// (a bucket forgets about a tenth of its past at each new observation, so a change of habits shows within weeks).
/// Estimates shrink towards coarser knowledge where data is thin: hour of week, then hour of day, then the bin's
/// overall rate, then a prior (its ward's profile) for a bin with little history.
/// </summary>
[GenerateSerializer]
public sealed class RateProfile
{
    /// <summary>How much a bucket keeps of its past for each hour it learns: a tenth is forgotten each week.</summary>
    public const float Retention = 0.9f;

    /// <summary>How much the overall rate keeps per hour learnt: a memory of about a week.</summary>
    public const float OverallRetention = 0.994f;

    // Pseudo-observations a finer level needs before it outweighs the coarser one.
    private const float HourOfWeekShrinkage = 2f, HourOfDayShrinkage = 2f, OverallShrinkage = 6f;

    [Id(0)] private float[] _weekWeight = new float[HourOfWeek.Count];
    [Id(1)] private float[] _weekMean = new float[HourOfWeek.Count];
    [Id(2)] private float[] _weekSquare = new float[HourOfWeek.Count];
    [Id(3)] private float[] _dayWeight = new float[24];
    [Id(4)] private float[] _dayMean = new float[24];
    [Id(5)] private float[] _daySquare = new float[24];
    [Id(6)] private float _overallWeight;
    [Id(7)] private float _overallMean;
    [Id(8)] private float _overallSquare;

    /// <summary>How many hours of observation the profile holds overall (after forgetting).</summary>
    public float HoursObserved => _overallWeight;

    /// <summary>How many hours of readings the profile has learnt from: <see cref="HoursObserved"/> with its forgetting
    /// undone (the forgetting keeps that weight under 1 / (1 − <see cref="OverallRetention"/>), about 167 hours, so it
    /// cannot itself count to a week). Infinite past what the weight can tell, months in.</summary>
    public double HoursLearnt
    {
        get
        {
            var forgotten = _overallWeight * (1 - (double)OverallRetention);
            return forgotten >= 1 ? double.PositiveInfinity : Math.Log(1 - forgotten) / Math.Log(OverallRetention);
        }
    }

    /// <summary>Learns that the bin filled at <paramref name="pointsPerHour"/> during <paramref name="hours"/> hours of
    /// hour-of-week bucket <paramref name="hourOfWeek"/>.</summary>
    public void Observe(int hourOfWeek, double pointsPerHour, double hours)
    {
        var weight = (float)Math.Clamp(hours, 0, 1);
        if (weight <= 0 || !double.IsFinite(pointsPerHour))
        {
            return;
        }

        var rate = (float)pointsPerHour;
        Update(ref _weekWeight[hourOfWeek], ref _weekMean[hourOfWeek], ref _weekSquare[hourOfWeek], rate, weight);
        Update(ref _dayWeight[hourOfWeek % 24], ref _dayMean[hourOfWeek % 24], ref _daySquare[hourOfWeek % 24], rate, weight);
        Update(ref _overallWeight, ref _overallMean, ref _overallSquare, rate, weight, OverallRetention);
    }

    /// <summary>The expected rate and its variance at <paramref name="hourOfWeek"/>, shrunk towards
    /// <paramref name="prior"/> (the ward's profile, or a city default) where this bin's own data is thin.</summary>
    public RateEstimate Estimate(int hourOfWeek, RateEstimate prior)
    {
        var overall = Shrink(_overallWeight, _overallMean, _overallSquare, OverallShrinkage, prior);
        var day = Shrink(_dayWeight[hourOfWeek % 24], _dayMean[hourOfWeek % 24], _daySquare[hourOfWeek % 24], HourOfDayShrinkage, overall);
        return Shrink(_weekWeight[hourOfWeek], _weekMean[hourOfWeek], _weekSquare[hourOfWeek], HourOfWeekShrinkage, day);
    }

    private static RateEstimate Shrink(float weight, float mean, float square, float shrinkage, RateEstimate coarser)
    {
        if (weight <= 0)
        {
            return coarser;
        }

        var share = weight / (weight + shrinkage);
        var variance = Math.Max(0, square - mean * mean);
        return new RateEstimate(
            share * mean + (1 - share) * coarser.PointsPerHour,
            share * variance + (1 - share) * coarser.Variance);
    }

    private static void Update(ref float weight, ref float mean, ref float square, float value, float sample, float retention = Retention)
    {
        weight = weight * MathF.Pow(retention, sample) + sample;
        var step = sample / weight;
        mean += step * (value - mean);
        square += step * (value * value - square);
    }
}

/// <summary>An hourly fill rate in percentage points per hour, and the variance of what it may be.</summary>
[GenerateSerializer, Immutable]
public readonly record struct RateEstimate([property: Id(0)] double PointsPerHour, [property: Id(1)] double Variance);
