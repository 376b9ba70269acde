namespace Waste.Forecasting;

/// <summary>
/// How often the cloud has a bin measure and report (the twin's <c>sample_period_s</c>, <c>heartbeat_h</c> and
/// <c>fill_step_pct</c>), from when its forecast says it reaches its collection threshold. Far from it, the bin's
/// readings would tell little the forecast does not: it samples hourly and reports only every six hours or on a
/// 20-point change. Within <see cref="NearWithin"/> of the soonest crossing, or past it waiting for its truck, it
/// samples every half hour, the firmware's default, and reports on every 10-point change. Every schedule samples at
/// least hourly, so that a fire or an emptying, each seen at the next sample and sent at once, is seen within the hour;
/// and reports at least every six hours, so that two missed heartbeats make the cloud's offline alarm (13 hours).
/// </summary>
/// <param name="SamplePeriodSeconds">Seconds between samples.</param>
/// <param name="HeartbeatHours">Longest time between two messages, hours.</param>
/// <param name="FillStepPercent">A fill change sent at once, percentage points.</param>
[GenerateSerializer, Immutable]
public sealed record SamplingSchedule(
    [property: Id(0)] int SamplePeriodSeconds,
    [property: Id(1)] int HeartbeatHours,
    [property: Id(2)] int FillStepPercent)
{
    /// <summary>How close the soonest crossing of the threshold must be for a bin to count as nearing it.</summary>
    public static readonly TimeSpan NearWithin = TimeSpan.FromHours(12);

    /// <summary>Far from the threshold, or not forecast to reach it within <see cref="NearWithin"/>.</summary>
    public static SamplingSchedule Far { get; } = new(3600, 6, 20);

    /// <summary>Within <see cref="NearWithin"/> of the threshold: the crossing is seen within half an hour, and its
    /// step sent at once.</summary>
    public static SamplingSchedule Nearing { get; } = new(1800, 3, 10);

    /// <summary>At or past the threshold, waiting to be emptied: the firmware's defaults, so the emptying is seen within
    /// half an hour.</summary>
    public static SamplingSchedule Due { get; } = new(1800, 6, 10);

    /// <summary>The schedule of a bin whose soonest crossing of its threshold (the top of its forecast's band) is
    /// <paramref name="soonestCrossing"/> (null: not within the forecast's horizon), at <paramref name="now"/>.</summary>
    public static SamplingSchedule For(DateTimeOffset now, DateTimeOffset? soonestCrossing) =>
        soonestCrossing is not { } crossing || crossing - now > NearWithin ? Far
        : crossing <= now ? Due
        : Nearing;

    /// <summary>The desired-properties patch that sets it (the device protocol's names).</summary>
    public string DesiredPatch() => FormattableString.Invariant(
        $$"""{"sample_period_s":{{SamplePeriodSeconds}},"heartbeat_h":{{HeartbeatHours}},"fill_step_pct":{{FillStepPercent}}}""");
}
