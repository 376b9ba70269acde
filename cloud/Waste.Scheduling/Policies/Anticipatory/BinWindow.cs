using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies.Anticipatory;

/// <summary>
/// When a bin may be emptied over a horizon: not before it is worth a visit (its expected fill reaches the release
/// line), and no later than it is due (the top of its forecast band could reach the due line). A bin due before the
/// horizon ends must go within it; one released within it but due after it may go, for a prize; one released after
/// it waits.
/// </summary>
/// <param name="Release">The soonest it is worth emptying.</param>
/// <param name="Due">When it could reach the due line; null when not within the forecast.</param>
public readonly record struct BinWindow(DateTimeOffset Release, DateTimeOffset? Due)
{
    /// <summary>The window of <paramref name="bin"/> over a horizon starting at <paramref name="from"/>.</summary>
    public static BinWindow Of(BinOutlook bin, DateTimeOffset from, AnticipatoryOptions options)
    {
        var release = bin.Projection.TimeToReach(options.ReleasePercent).Expected ?? DateTimeOffset.MaxValue;
        var due = bin.Projection.TimeToReach(options.DuePercent).Soonest;
        return new BinWindow(release < from ? from : release, due);
    }

    /// <summary>True when it must be emptied before <paramref name="horizonEnd"/>.</summary>
    public bool IsDueBefore(DateTimeOffset horizonEnd) => Due is { } due && due <= horizonEnd;

    /// <summary>The stop's time window within a horizon whose days' shifts are <paramref name="shifts"/>: from its
    /// release to when it is due (the first day's end for a bin overdue, so a truck may still come), opened earlier where
    /// it would hold no working time (a bin released after the last shift that starts before it is due may go in that
    /// shift).</summary>
    public TimeWindow Within(IReadOnlyList<TimeWindow> shifts)
    {
        var (firstDayEnd, horizonEnd) = (shifts[0].End, shifts[^1].End);
        var end = Due is { } due ? (due < firstDayEnd ? firstDayEnd : due) : horizonEnd;
        if (end > horizonEnd)
        {
            end = horizonEnd;
        }

        var lastShiftStart = shifts.Where(s => s.Start < end).Select(s => s.Start).DefaultIfEmpty(shifts[0].Start).Max();
        return new TimeWindow(Release < lastShiftStart ? Release : lastShiftStart, end);
    }
}
