namespace Waste.Routing.Solving;

/// <summary>
/// Vidal et al.'s (2013) time-window segment: the duration of a stretch of route (service and waiting included), its
/// time warp (how much the vehicle would have to go back in time to meet every window), and the earliest and latest
/// times it can start without adding either. Concatenation is constant time.
/// </summary>
public readonly record struct DurationSegment(long Duration, long TimeWarp, long Earliest, long Latest)
{
    /// <summary>The segment of a single visit.</summary>
    public static DurationSegment ForVisit(long serviceTime, long earliest, long latest) => new(serviceTime, 0, earliest, latest);

    /// <summary>The concatenation of <paramref name="a"/>, an edge of <paramref name="travel"/> time, then <paramref name="b"/>.</summary>
    public static DurationSegment Merge(in DurationSegment a, in DurationSegment b, long travel)
    {
        var delta = a.Duration - a.TimeWarp + travel;
        var wait = Math.Max(b.Earliest - delta - a.Latest, 0);
        var warp = Math.Max(a.Earliest + delta - b.Latest, 0);
        return new DurationSegment(
            a.Duration + b.Duration + travel + wait,
            a.TimeWarp + b.TimeWarp + warp,
            Math.Max(b.Earliest - delta, a.Earliest) - wait,
            Math.Min(b.Latest - delta, a.Latest) + warp);
    }

    /// <summary>Time warp of the segment as a whole route, a duration above <paramref name="maxDuration"/> counting as warp.</summary>
    public long TotalTimeWarp(long maxDuration) => TimeWarp + Math.Max(0, Duration - maxDuration);
}
