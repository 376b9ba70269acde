namespace Waste.Forecasting;

/// <summary>
/// One bin's fill model, updated reading by reading: a denoised fill level, how noisy the sensor is, what fills the bin
/// at each hour of the week, and emptyings recognised from a drop beyond the noise that the next reading confirms.
/// Each emptying, recognised or reported (a bin that only reports its emptyings), also teaches the bin's cycles: how
/// far it rises between emptyings. A forecast skill scores its day-ahead forecasts against the readings that follow.
/// Persisted with the bin's grain; members added later take new ids, so a state written before them still loads.
/// </summary>
[GenerateSerializer]
public sealed class FillModel
{
    private const double InitialNoise = 3, MinNoise = 0.5, NoiseLearning = 0.1;

    // How far a bin's cycles may move its ward's hourly rates, either way.
    private const double LargestCycleScale = 4;

    // The cycles' fit for the prior last asked with: redone when a cycle is learnt or the ward's prior changes, not
    // at every reading.
    [NonSerialized]
    private (RatePrior Prior, CycleEstimate Estimate)? _cycleEstimate;

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

    /// <summary>How far the bin rises between emptyings.</summary>
    [Id(6)] public FillCycles Cycles { get; private set; } = new();

    /// <summary>When the bin was last emptied, as far as the model knows; null before the first emptying or after a
    /// silence that hid when it happened.</summary>
    [Id(7)] public DateTimeOffset? LastEmptiedAt { get; private set; }

    /// <summary>The fill the last emptying left, percent.</summary>
    [Id(8)] public double EmptiedLeft { get; private set; }

    /// <summary>True while the level is only what the last reported emptying left: no reading since, so the forecast
    /// follows the bin's cycles.</summary>
    [Id(9)] public bool LevelFromCycles { get; private set; }

    /// <summary>How far the bin's own readings bear out its day-ahead forecasts.</summary>
    [Id(10)] public ForecastSkill Skill { get; private set; } = new();

    /// <summary>The last reading's departure from <see cref="Level"/>, points: the part of it the level kept out as
    /// noise, which the skill may find is not.</summary>
    [Id(11)] public double Surprise { get; private set; }

    /// <summary>Since when the readings are not to be believed (a stuck sensor): the level is last known from then, and
    /// the forecast follows the ward's rates from there until a trusted reading comes; null while they are.</summary>
    [Id(12)] public DateTimeOffset? DistrustedSince { get; private set; }

    /// <summary>The variance of the level, points²: what remains of a reading's noise after the level's smoothing.</summary>
    public double LevelVariance(FillModelSettings settings)
    {
        // A mean absolute deviation is about 0.8 sigma; the level keeps part of a reading's noise.
        var sigma = 1.25 * Noise * Math.Sqrt(Gain(settings));
        return sigma * sigma;
    }

    /// <summary>Learns from one reading; returns the emptying it confirms, if any. Readings must arrive in time
    /// order; an older one than the last is ignored (the grain keeps order).</summary>
    public ReadingVerdict Observe(FillObservation observation, RatePrior prior, FillModelSettings settings)
    {
        if (LevelTime is not { } since || LevelFromCycles)
        {
            if (LevelTime is { } emptied && observation.Time <= emptied)
            {
                return ReadingVerdict.OutOfOrder;
            }

            Anchor(observation);
            return ReadingVerdict.Learnt;
        }

        if (observation.Time <= since)
        {
            return ReadingVerdict.OutOfOrder;
        }

        var drop = Math.Max(settings.MinCollectionDrop, 4 * Noise);
        if (observation.Time - since > settings.MaxLearningGap || DistrustedSince is not null)
        {
            return Reanchor(observation, drop);
        }

        if (PendingDrop is { } pending)
        {
            PendingDrop = null;
            if (observation.FillPercent < Level - drop / 2)
            {
                var collection = new Collection(pending.Time, Math.Min(100, Level + Expected(since, pending.Time, prior, settings)), pending.FillPercent);
                LearnCycle(collection, prior);
                Anchor(observation);
                return ReadingVerdict.Emptied(collection);
            }

            // Not confirmed: a low outlier. It still counts, clipped like any reading, or only high outliers would
            // teach the rates and every forecast would drift upwards.
            Update(pending, since, Math.Min(100, Level + Expected(since, pending.Time, prior, settings)), prior, settings);
            since = pending.Time;
        }

        var predicted = Math.Min(100, Level + Expected(since, observation.Time, prior, settings));
        var residual = observation.FillPercent - predicted;
        if (residual < -drop)
        {
            PendingDrop = observation;
            return ReadingVerdict.AwaitingConfirmation;
        }

        Update(observation, since, predicted, prior, settings);
        return ReadingVerdict.Learnt;
    }

    /// <summary>Learns that the bin was emptied, for a bin that reports its emptyings rather than its fill (or as well
    /// as it): the cycle since the previous emptying teaches the cycles, and the level becomes what this one left,
    /// to be followed by the cycles until a reading comes. An emptying older than the model's level is ignored.</summary>
    public ReadingVerdict Emptied(Collection collection, RatePrior prior)
    {
        if (LevelTime is { } since && collection.Time <= since)
        {
            return ReadingVerdict.OutOfOrder;
        }

        LearnCycle(collection, prior);
        Level = Math.Clamp(collection.FillAfterPercent, 0, 100);
        LevelTime = collection.Time;
        LevelFromCycles = true;
        PendingDrop = null;
        Surprise = 0;
        Skill.Forget();
        return ReadingVerdict.Emptied(collection);
    }

    /// <summary>Learns that the readings since <paramref name="since"/> were not the bin's fill (the grain found the
    /// sensor stuck, or jumping): the forecast starts again from then with the ward's rates, and the next trusted
    /// reading starts the level afresh, as after a silence. The rates the readings taught meanwhile stay.</summary>
    public void Distrust(DateTimeOffset since)
    {
        if (LevelTime is not { } level || LevelFromCycles)
        {
            return;
        }

        DistrustedSince = since < level ? since : level;
        PendingDrop = null;
        Skill.Forget();
    }

    /// <summary>What the bin gives its ward towards the ward's prior.</summary>
    public FillShare Share => new(Rates, Cycles, Skill);

    /// <summary>How the bin's forecasts are weighted and widened: its own scores, shrunk towards its ward's.</summary>
    public SkillEstimate SkillEstimate(RatePrior prior) => Skill.Estimate(prior.Skill);

    /// <summary>What the bin's cycles say, shrunk towards its ward's.</summary>
    public CycleEstimate CycleEstimate(RatePrior prior)
    {
        if (_cycleEstimate is not { } cached || !ReferenceEquals(cached.Prior, prior))
        {
            _cycleEstimate = (prior, Cycles.Estimate(prior.Cycles, FillCycles.BinShrinkage));
        }

        return _cycleEstimate.Value.Estimate;
    }

    /// <summary>The prior's hourly rate at <paramref name="hourOfWeek"/> for this bin: its ward's, scaled by how much
    /// faster or slower the bin's cycles fill than the ward's.</summary>
    public RateEstimate PriorAt(int hourOfWeek, RatePrior prior, double cycleScale)
    {
        var ward = prior.At(hourOfWeek);
        return new RateEstimate(ward.PointsPerHour * cycleScale, ward.Variance * cycleScale * cycleScale);
    }

    /// <summary>How much faster (above 1) or slower the bin's cycles fill than its ward's; 1 before it has any.</summary>
    public double CycleScale(RatePrior prior)
    {
        var ward = prior.Cycles.MeanPointsPerHour;
        if (!Cycles.Any || ward <= 0)
        {
            return 1;
        }

        return Math.Clamp(CycleEstimate(prior).MeanPointsPerHour / ward, 1 / LargestCycleScale, LargestCycleScale);
    }

    private void LearnCycle(Collection collection, RatePrior prior)
    {
        if (LastEmptiedAt is { } previous && collection.Time > previous)
        {
            var left = EmptiedLeft;
            Cycles.Learn((collection.Time - previous).TotalHours, collection.FillBeforePercent - left, 100 - left, prior.Cycles);
            _cycleEstimate = null;
        }

        LastEmptiedAt = collection.Time;
        EmptiedLeft = Math.Clamp(collection.FillAfterPercent, 0, 100);
    }

    private void Update(FillObservation observation, DateTimeOffset since, double predicted, RatePrior prior, FillModelSettings settings)
    {
        var residual = observation.FillPercent - predicted;

        // A noisy sensor moves the level less: the gain falls as the noise grows past the reference.
        var level = Math.Clamp(predicted + Gain(settings) * Math.Clamp(residual, -3 * Noise, 3 * Noise), 0, 100);
        Noise = Math.Max(MinNoise, Noise + NoiseLearning * (Math.Min(Math.Abs(residual), 5 * Noise) - Noise));
        Learn(since, observation.Time, level - Level, settings);
        Level = level;
        LevelTime = observation.Time;
        Surprise = Math.Clamp(observation.FillPercent, 0, 100) - level;
        Observations++;
        Check(observation, prior, settings);
    }

    // Scores the forecasts a day old, and keeps one made now for a day later.
    private void Check(FillObservation observation, RatePrior prior, FillModelSettings settings)
    {
        Skill.Score(observation, prior.Skill);
        if (Skill.Wants(observation.Time))
        {
            var (rise, variance) = Outlook(observation.Time, observation.Time + ForecastSkill.Lag, prior, settings);
            Skill.Keep(new SkillCheck(observation.Time, Level, Surprise, rise, Math.Sqrt(variance)));
        }
    }

    // After a long silence (or readings not believed) the model cannot say what happened in between: a reading well
    // below the last level is an emptying at an unknown moment (dated at the reading), anything else simply becomes the
    // new level. Either way the cycle under way is lost: nobody knows when it began or ended.
    private ReadingVerdict Reanchor(FillObservation observation, double drop)
    {
        var before = Level;
        PendingDrop = null;
        Anchor(observation);
        LastEmptiedAt = null;
        return observation.FillPercent < before - drop
            ? ReadingVerdict.Emptied(new Collection(observation.Time, before, observation.FillPercent))
            : ReadingVerdict.Learnt;
    }

    private void Anchor(FillObservation observation)
    {
        Level = Math.Clamp(observation.FillPercent, 0, 100);
        LevelTime = observation.Time;
        LevelFromCycles = false;
        DistrustedSince = null;
        Surprise = 0;
        Skill.Forget();
        Observations++;
    }

    private double Gain(FillModelSettings settings) => settings.LevelGain * Math.Min(1, FillModelSettings.ReferenceNoise / Noise);

    /// <summary>The expected rise from <paramref name="from"/> to <paramref name="to"/>, points. Waste does not leave
    /// by itself, so the sum is never negative; an hour's estimate may be (noise, compaction), and clamping each hour
    /// instead of the sum would bias every forecast upwards.</summary>
    public double Expected(DateTimeOffset from, DateTimeOffset to, RatePrior prior, FillModelSettings settings) =>
        Outlook(from, to, prior, settings).Rise;

    /// <summary>The expected rise from <paramref name="from"/> to <paramref name="to"/> (never negative, as
    /// <see cref="Expected"/>) and its variance: the level's and the hourly rates' (each hour's rate varies on its own).</summary>
    public (double Rise, double Variance) Outlook(DateTimeOffset from, DateTimeOffset to, RatePrior prior, FillModelSettings settings)
    {
        var scale = CycleScale(prior);
        var (rise, variance) = (0.0, LevelVariance(settings));
        foreach (var (hourOfWeek, hours) in HourSlices(from, to, settings.UtcOffset))
        {
            var rate = Rates.Estimate(hourOfWeek, PriorAt(hourOfWeek, prior, scale));
            rise += rate.PointsPerHour * hours;
            variance += rate.Variance * hours * hours;
        }

        return (Math.Max(0, rise), variance);
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
