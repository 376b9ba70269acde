namespace Waste.Simulation.Calibration;

/// <summary>
/// The time between two emptyings of one bin and the fill it reached: the fill at the second emptying (the first left
/// it at 0) and the hours the cycle spent in each day of the week (indexed by <see cref="DayOfWeek"/>), so a rate
/// can be weighted by the days it covers. A fill at the log's cap of 100 is a lower bound (the bin may have been full
/// for a while): censored.
/// </summary>
public sealed record FillCycle(long SiteId, DateTimeOffset Start, DateTimeOffset End, double FillPercent, IReadOnlyList<double> HoursByDayOfWeek)
{
    /// <summary>The log's cap: a fill recorded at it is censored.</summary>
    public const double CapPercent = 100;

    /// <summary>Below this a fill is read as "about empty" (left-censored): a sensor's zero is not an exact zero.</summary>
    public const double DetectionPercent = 1;

    /// <summary>Hours from one emptying to the next.</summary>
    public double Hours => (End - Start).TotalHours;

    /// <summary>The fill is at the cap: the true fill (had the bin been bigger) was at least that.</summary>
    public bool Censored => FillPercent >= CapPercent;

    /// <summary>The fill is below the sensor's detection: the true fill was at most that.</summary>
    public bool BelowDetection => FillPercent < DetectionPercent;

    /// <summary>The cycle's exposure in days, each day weighted by its factor (<paramref name="dayOfWeek"/>, indexed by
    /// <see cref="DayOfWeek"/>, mean 1): the days' worth of waste a bin of unit rate collects in it.</summary>
    public double Exposure(IReadOnlyList<double> dayOfWeek)
    {
        var days = 0.0;
        for (var d = 0; d < 7; d++)
        {
            days += HoursByDayOfWeek[d] * dayOfWeek[d];
        }

        return days / 24;
    }
}
