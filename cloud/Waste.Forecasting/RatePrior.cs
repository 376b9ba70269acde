namespace Waste.Forecasting;

/// <summary>What a bin with little history is assumed to do at each hour of the week: its ward's learnt profile, or
/// a flat city default before the ward has one.</summary>
[GenerateSerializer, Immutable]
public sealed class RatePrior
{
    [Id(0)] private readonly RateEstimate[] _byHourOfWeek;

    /// <summary>A prior from one estimate per hour of the week.</summary>
    public RatePrior(IReadOnlyList<RateEstimate> byHourOfWeek)
    {
        if (byHourOfWeek.Count != HourOfWeek.Count)
        {
            throw new ArgumentException($"a prior needs {HourOfWeek.Count} hourly estimates", nameof(byHourOfWeek));
        }

        _byHourOfWeek = [.. byHourOfWeek];
    }

    /// <summary>The same rate at every hour.</summary>
    public static RatePrior Flat(double pointsPerHour, double variance) =>
        new(Enumerable.Repeat(new RateEstimate(pointsPerHour, variance), HourOfWeek.Count).ToArray());

    /// <summary>A bin that fills in about three days, with wide uncertainty: what the city knows of a new bin.</summary>
    public static RatePrior CityDefault { get; } = Flat(1.4, 4);

    /// <summary>A ward's profile: at each hour, the mean of its bins' estimates weighted by how much each has seen,
    /// falling back to <paramref name="fallback"/> where they have seen nothing.</summary>
    public static RatePrior FromProfiles(IReadOnlyCollection<RateProfile> profiles, RatePrior fallback)
    {
        var observed = profiles.Where(p => p.HoursObserved > 0).ToList();
        var total = observed.Sum(p => (double)p.HoursObserved);
        if (total <= 0)
        {
            return fallback;
        }

        var estimates = new RateEstimate[HourOfWeek.Count];
        for (var hour = 0; hour < HourOfWeek.Count; hour++)
        {
            var (rate, variance) = (0.0, 0.0);
            foreach (var profile in observed)
            {
                var estimate = profile.Estimate(hour, fallback.At(hour));
                var share = profile.HoursObserved / total;
                rate += share * estimate.PointsPerHour;
                variance += share * estimate.Variance;
            }

            estimates[hour] = new RateEstimate(rate, variance);
        }

        return new RatePrior(estimates);
    }

    /// <summary>The prior at an hour of the week.</summary>
    public RateEstimate At(int hourOfWeek) => _byHourOfWeek[hourOfWeek];
}
