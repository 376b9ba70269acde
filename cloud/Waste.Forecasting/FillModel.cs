namespace Waste.Forecasting;

/// <summary>
/// One bin's fill model, updated reading by reading: a denoised fill level, how noisy the sensor is, what fills the bin
/// at each hour of the week, and emptyings recognised from a drop beyond the noise that the next reading confirms.
/// Persisted with the bin's grain.
/// </summary>
[GenerateSerializer]
public sealed class FillModel
{
    private const double InitialNoise = 3, MinNoise = 0.5, NoiseLearning = 0.1;

    /// <summary>The denoised fill, percent, at <see cref="LevelTime"/>.</summary>
    [Id(0)] public double Level { get; private set; }

    /// <summary>When <see cref="Level"/> was last updated; null before the first reading.</summary>
    [Id(1)] public DateTimeOffset? LevelTime { get; private set; }

    /// <summary>The sensor's typical deviation from the level, points (a running mean absolute deviation).</summary>
    [Id(2)] public double Noise { get; private set; } = InitialNoise;

    /// <summary>What fills the bin, by hour of the week.</summary>
    [Id(3)] public RateProfile Rates { get; private set; } = new();

    /// <summary>A drop beyond the noise waiting for the next reading to confirm it as an emptying.</summary>
    [Id(4)] public FillObservation? PendingDrop { get; private set; }

    /// <summary>Readings the model has learnt from.</summary>
    [Id(5)] public long Observations { get; private set; }

    /// <summary>Learns from one reading; returns the emptying it confirms, if any. Readings must arrive in time
    /// order; an older one than the last is ignored (the grain keeps order).</summary>
    public ReadingVerdict Observe(FillObservation observation, RatePrior prior, FillModelSettings settings)
    {
        if (LevelTime is not { } since)
        {
            Anchor(observation);
            return ReadingVerdict.Learnt;
        }

        if (observation.Time <= since)
        {
            return ReadingVerdict.OutOfOrder;
        }

        var drop = Math.Max(settings.MinCollectionDrop, 4 * Noise);
        if (observation.Time - since > settings.MaxLearningGap)
        {
            return Reanchor(observation, drop);
        }

        if (PendingDrop is { } pending)
        {
            PendingDrop = null;
            if (observation.FillPercent < Level - drop / 2)
            {
                var collection = new Collection(pending.Time, Math.Min(100, Level + Expected(since, pending.Time, prior, settings)), pending.FillPercent);
                Anchor(observation);
                return ReadingVerdict.Emptied(collection);
            }

            // Not confirmed: a low outlier. It still counts, clipped like any reading, or only high outliers would
            // teach the rates and every forecast would drift upwards.
            Update(pending, since, Math.Min(100, Level + Expected(since, pending.Time, prior, settings)), settings);
            since = pending.Time;
        }

        var predicted = Math.Min(100, Level + Expected(since, observation.Time, prior, settings));
        var residual = observation.FillPercent - predicted;
        if (residual < -drop)
        {
            PendingDrop = observation;
            return ReadingVerdict.AwaitingConfirmation;
        }

        Update(observation, since, predicted, settings);
        return ReadingVerdict.Learnt;
    }

    private void Update(FillObservation observation, DateTimeOffset since, double predicted, FillModelSettings settings)
    {
        var residual = observation.FillPercent - predicted;

        // A noisy sensor moves the level less: the gain falls as the noise grows past the reference.
        var gain = settings.LevelGain * Math.Min(1, FillModelSettings.ReferenceNoise / Noise);
        var level = Math.Clamp(predicted + gain * Math.Clamp(residual, -3 * Noise, 3 * Noise), 0, 100);
        Noise = Math.Max(MinNoise, Noise + NoiseLearning * (Math.Min(Math.Abs(residual), 5 * Noise) - Noise));
        Learn(since, observation.Time, level - Level, settings);
        Level = level;
        LevelTime = observation.Time;
        Observations++;
    }

    // After a long silence the model cannot say what happened in between: a reading well below the last level is an
    // emptying at an unknown moment (dated at the reading), anything else simply becomes the new level.
    private ReadingVerdict Reanchor(FillObservation observation, double drop)
    {
        var before = Level;
        PendingDrop = null;
        Anchor(observation);
        return observation.FillPercent < before - drop
            ? ReadingVerdict.Emptied(new Collection(observation.Time, before, observation.FillPercent))
            : ReadingVerdict.Learnt;
    }

    private void Anchor(FillObservation observation)
    {
        Level = Math.Clamp(observation.FillPercent, 0, 100);
        LevelTime = observation.Time;
        Observations++;
    }

    /// <summary>The expected rise from <paramref name="from"/> to <paramref name="to"/>, points. Waste does not leave
    /// by itself, so the sum is never negative; an hour's estimate may be (noise, compaction), and clamping each hour
    /// instead of the sum would bias every forecast upwards.</summary>
    public double Expected(DateTimeOffset from, DateTimeOffset to, RatePrior prior, FillModelSettings settings)
    {
        var rise = 0.0;
        foreach (var (hourOfWeek, hours) in HourSlices(from, to, settings.UtcOffset))
        {
            rise += Rates.Estimate(hourOfWeek, prior.At(hourOfWeek)).PointsPerHour * hours;
        }

        return Math.Max(0, rise);
    }

    private void Learn(DateTimeOffset from, DateTimeOffset to, double rise, FillModelSettings settings)
    {
        var rate = rise / (to - from).TotalHours;
        foreach (var (hourOfWeek, hours) in HourSlices(from, to, settings.UtcOffset))
        {
            Rates.Observe(hourOfWeek, rate, hours);
        }
    }

    /// <summary>The hour-of-week buckets between two times, each with the hours spent in it.</summary>
    public static IEnumerable<(int HourOfWeek, double Hours)> HourSlices(DateTimeOffset from, DateTimeOffset to, TimeSpan utcOffset)
    {
        var at = from;
        while (at < to)
        {
            var local = at.ToOffset(utcOffset);
            var nextHour = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, utcOffset).AddHours(1);
            var end = nextHour < to ? nextHour : to;
            yield return (HourOfWeek.Of(at, utcOffset), (end - at).TotalHours);
            at = end;
        }
    }
}
