namespace Waste.Forecasting;

/// <summary>What a bin with little history is assumed to do: at each hour of the week, and over its emptying cycles.
/// Its ward's learnt profile and pooled cycles, or a flat city default before the ward has them.</summary>
[GenerateSerializer, Immutable]
public sealed class RatePrior
{
    [Id(0)] private readonly RateEstimate[] _byHourOfWeek;
    [Id(1)] private readonly CycleEstimate _cycles;
    [Id(2)] private readonly SkillEstimate _skill;

    /// <summary>A prior from one estimate per hour of the week and, if known, what its cycles look like (a vague
    /// line at the hours' mean rate otherwise) and how its forecasts fared (the model as it is otherwise).</summary>
    public RatePrior(IReadOnlyList<RateEstimate> byHourOfWeek, CycleEstimate? cycles = null, SkillEstimate? skill = null)
    {
        if (byHourOfWeek.Count != HourOfWeek.Count)
        {
            throw new ArgumentException($"a prior needs {HourOfWeek.Count} hourly estimates", nameof(byHourOfWeek));
        }

        _byHourOfWeek = [.. byHourOfWeek];
        _cycles = cycles ?? CycleEstimate.Vague(Math.Max(0.05, byHourOfWeek.Average(e => e.PointsPerHour)));
        _skill = skill ?? SkillEstimate.ModelAsIs;
    }

    /// <summary>What a bin's emptying cycles are assumed to look like before it has its own.</summary>
    public CycleEstimate Cycles => _cycles;

    /// <summary>How a bin's forecasts are weighted and widened before its own are scored.</summary>
    public SkillEstimate Skill => _skill;

    /// <summary>The same rate at every hour.</summary>
    public static RatePrior Flat(double pointsPerHour, double variance) =>
        new(Enumerable.Repeat(new RateEstimate(pointsPerHour, variance), HourOfWeek.Count).ToArray());

    /// <summary>A bin that fills in about three days, with wide uncertainty: what the city knows of a new bin.</summary>
    public static RatePrior CityDefault { get; } = Flat(1.4, 4);

    /// <summary>How many hours of observation <see cref="Of"/>'s fallback counts for: as much as one bin's memory
    /// holds (<see cref="RateProfile.OverallRetention"/>, about a week), so a ward of a few new bins is no surer of
    /// itself than the city, and a ward of many hardly feels it.</summary>
    public static double FallbackHours { get; } = 1 / (1 - (double)RateProfile.OverallRetention);

    /// <summary>A ward's prior from what its bins share: at each hour, the mean of their estimates weighted by how much
    /// each has seen, with <paramref name="fallback"/> as one more bin of <see cref="FallbackHours"/>; their pooled
    /// cycles and forecast scores, shrunk towards the fallback's. The hour's variance is the mixture's: each one's own
    /// variance and the spread of their rates about the mean, since a new bin of the ward may be like any of
    /// them.</summary>
    public static RatePrior Of(IReadOnlyCollection<FillShare> bins, RatePrior fallback)
    {
        var cycleEstimate = FillCycles.Pool([.. bins.Select(b => b.Cycles)], fallback.Cycles, FillCycles.WardShrinkage);
        var skill = ForecastSkill.Pool(bins.Select(b => b.Skill));
        var skillEstimate = skill.Estimate(fallback.Skill);
        var observed = bins.Select(b => b.Rates).Where(p => p.HoursObserved > 0).ToList();
        if (observed.Count == 0)
        {
            return cycleEstimate.Cycles > 0 || skill.Scores > 0 ? new RatePrior(fallback._byHourOfWeek, cycleEstimate, skillEstimate) : fallback;
        }

        var total = FallbackHours + observed.Sum(p => (double)p.HoursObserved);
        var estimates = new RateEstimate[HourOfWeek.Count];
        for (var hour = 0; hour < HourOfWeek.Count; hour++)
        {
            var city = fallback.At(hour);
            var (rate, secondMoment) = (0.0, 0.0);
            foreach (var (estimate, hours) in observed.Select(p => (p.Estimate(hour, city), (double)p.HoursObserved)).Append((city, FallbackHours)))
            {
                var share = hours / total;
                rate += share * estimate.PointsPerHour;
                secondMoment += share * (estimate.Variance + estimate.PointsPerHour * estimate.PointsPerHour);
            }

            estimates[hour] = new RateEstimate(rate, Math.Max(0, secondMoment - rate * rate));
        }

        return new RatePrior(estimates, cycleEstimate, skillEstimate);
    }

    /// <summary>The prior at an hour of the week.</summary>
    public RateEstimate At(int hourOfWeek) => _byHourOfWeek[hourOfWeek];
}
