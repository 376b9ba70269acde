using Waste.Forecasting;

namespace Waste.Scheduling.Policies.TunedStatic;

/// <summary>
/// How fast a bin filled between the emptyings a crew saw, which is all a city without sensors knows of it: the points
/// it rose from what one emptying left to what the next one found, pooled over the days between. A bin found at the
/// cap rose by at least what it shows, so its rate is a lower bound; the shortest cycle after which it was found full
/// says which gaps it cannot bear.
/// </summary>
/// <param name="PointsPerDay">The pooled rise per day, points.</param>
/// <param name="Days">The days the rate was seen over.</param>
/// <param name="FullWithinDays">The shortest cycle, in days, after which the bin was found full; null if never.</param>
public readonly record struct EmptyingRate(double PointsPerDay, double Days, double? FullWithinDays)
{
    /// <summary>The fill at which a bin counts as found full, percent: what a bin at its cap reads, give or take the
    /// sensor's noise.</summary>
    public const double FoundFullPercent = 98;

    /// <summary>The rate <paramref name="collections"/> show, or null when they hold no cycle (fewer than two
    /// emptyings, or none apart in time).</summary>
    public static EmptyingRate? Of(IReadOnlyList<Collection> collections)
    {
        var ordered = collections.OrderBy(c => c.Time).ToList();
        var (rise, hours) = (0.0, 0.0);
        double? fullWithin = null;
        for (var i = 1; i < ordered.Count; i++)
        {
            var cycleHours = (ordered[i].Time - ordered[i - 1].Time).TotalHours;
            if (!(cycleHours > 0))
            {
                continue;
            }

            rise += Math.Max(0, ordered[i].FillBeforePercent - ordered[i - 1].FillAfterPercent);
            hours += cycleHours;
            if (ordered[i].FillBeforePercent >= FoundFullPercent)
            {
                fullWithin = Math.Min(fullWithin ?? double.MaxValue, cycleHours / 24);
            }
        }

        return hours > 0 ? new EmptyingRate(rise / hours * 24, hours / 24, fullWithin) : null;
    }
}
