namespace Waste.Forecasting;

/// <summary>
/// What a bin's emptying cycles say: the fill it rises by in a cycle of a given length, as a line
/// <c>rise = Start + PointsPerHour × hours</c>, with the spread of single cycles around it, the uncertainty of the line
/// itself, and how far the forecasts it made missed. A bin's estimate, a ward's pooled one, or a city default.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct CycleEstimate
{
    /// <summary>The rise at zero hours, points. Real cycles are not proportional to their length: what an emptying
    /// leaves, the first hours' burst, and crews coming when a bin looks full all add a rise the hours do not explain.</summary>
    [Id(0)] public double Start { get; init; }

    /// <summary>The rise per hour of the cycle, points.</summary>
    [Id(1)] public double PointsPerHour { get; init; }

    /// <summary>The variance of one cycle's rise around the line, points².</summary>
    [Id(2)] public double Variance { get; init; }

    /// <summary>The typical cycle length, hours, and its mean square: where the line was learnt.</summary>
    [Id(3)] public double MeanHours { get; init; }

    /// <summary>The mean square of the cycle lengths, hours².</summary>
    [Id(4)] public double MeanSquareHours { get; init; }

    /// <summary>The line's own uncertainty in units of <see cref="Variance"/>: the inverse of the weighted
    /// design matrix, entries (start, start), (start, rate) and (rate, rate).</summary>
    [Id(5)] public double StartStart { get; init; }

    /// <summary>See <see cref="StartStart"/>.</summary>
    [Id(6)] public double StartRate { get; init; }

    /// <summary>See <see cref="StartStart"/>.</summary>
    [Id(7)] public double RateRate { get; init; }

    /// <summary>The mean absolute error of the forecasts made before each cycle was seen, points: what the band
    /// is calibrated on, so it says how wrong the forecasts really were rather than what the line assumes.</summary>
    [Id(8)] public double MeanAbsoluteError { get; init; }

    /// <summary>Cycles behind the estimate (after forgetting); 0 for a default.</summary>
    [Id(9)] public double Cycles { get; init; }

    /// <summary>What a city knows of a bin it has never seen emptied: full in about three days from empty, give or
    /// take most of the bin.</summary>
    public static CycleEstimate Vague(double pointsPerHour) => new()
    {
        Start = 0,
        PointsPerHour = pointsPerHour,
        Variance = 20 * 20,
        MeanHours = 48,
        MeanSquareHours = 48 * 48 * 1.25,
        StartStart = 1,
        MeanAbsoluteError = 20,
    };

    /// <summary>The expected rise after <paramref name="hours"/>, points (not capped: the caller caps at what the bin
    /// can show).</summary>
    public double Rise(double hours) => Start + PointsPerHour * hours;

    /// <summary>The mean rate over a typical cycle, points per hour: what a whole cycle fills per hour.</summary>
    public double MeanPointsPerHour => MeanHours > 0 ? Math.Max(0, Rise(MeanHours) / MeanHours) : PointsPerHour;

    /// <summary>The standard deviation of a forecast of the rise after <paramref name="hours"/>: the spread the line
    /// predicts, scaled so that at a typical cycle it matches the errors the forecasts really made (a normal error's
    /// mean absolute value is 0.8 of its deviation).</summary>
    public double Spread(double hours)
    {
        var typical = PredictiveVariance(MeanHours);
        var scale = typical > 0 ? Math.Sqrt(PredictiveVariance(hours) / typical) : 1;
        return MeanAbsoluteError / 0.8 * scale;
    }

    /// <summary>The variance of one new cycle's rise after <paramref name="hours"/>: its own spread and the line's.</summary>
    public double PredictiveVariance(double hours) =>
        Variance * (1 + Math.Max(0, StartStart + 2 * StartRate * hours + RateRate * hours * hours));
}
