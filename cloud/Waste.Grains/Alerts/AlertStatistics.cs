namespace Waste.Grains.Alerts;

/// <summary>How fast alerts are handled: counts and median and mean times to acknowledge and to resolve.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertStatistics
{
    /// <summary>Alerts counted.</summary>
    [Id(0)] public int Count { get; init; }

    /// <summary>Of them, still open or acknowledged.</summary>
    [Id(1)] public int Unresolved { get; init; }

    /// <summary>Median time from raised to acknowledged, over acknowledged alerts.</summary>
    [Id(2)] public TimeSpan? MedianTimeToAcknowledge { get; init; }

    /// <summary>Mean time from raised to acknowledged.</summary>
    [Id(3)] public TimeSpan? MeanTimeToAcknowledge { get; init; }

    /// <summary>Median time from raised to resolved, over resolved alerts.</summary>
    [Id(4)] public TimeSpan? MedianTimeToResolve { get; init; }

    /// <summary>Mean time from raised to resolved.</summary>
    [Id(5)] public TimeSpan? MeanTimeToResolve { get; init; }

    /// <summary>The statistics of <paramref name="alerts"/>.</summary>
    public static AlertStatistics Of(IReadOnlyCollection<Alert> alerts)
    {
        var acknowledge = alerts.Where(a => a.TimeToAcknowledge is not null).Select(a => a.TimeToAcknowledge!.Value).Order().ToList();
        var resolve = alerts.Where(a => a.TimeToResolve is not null).Select(a => a.TimeToResolve!.Value).Order().ToList();
        return new AlertStatistics
        {
            Count = alerts.Count,
            Unresolved = alerts.Count(a => a.State != AlertState.Resolved),
            MedianTimeToAcknowledge = Median(acknowledge),
            MeanTimeToAcknowledge = acknowledge.Count == 0 ? null : TimeSpan.FromTicks((long)acknowledge.Average(t => t.Ticks)),
            MedianTimeToResolve = Median(resolve),
            MeanTimeToResolve = resolve.Count == 0 ? null : TimeSpan.FromTicks((long)resolve.Average(t => t.Ticks)),
        };
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
