namespace Waste.Grains.Alerts;

/// <summary>An alert about one device: raised by its grain, acknowledged and resolved by people (or by the system for
/// conditions that end by themselves), each step with who and when.</summary>
[GenerateSerializer, Immutable]
public sealed record Alert
{
    /// <summary>Unique id.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The device.</summary>
    [Id(1)] public required string DeviceId { get; init; }

    /// <summary>What is wrong.</summary>
    [Id(2)] public required AlertKind Kind { get; init; }

    /// <summary>The device's ward, for filtering.</summary>
    [Id(3)] public string? Ward { get; init; }

    /// <summary>The device's district, for filtering.</summary>
    [Id(4)] public string? District { get; init; }

    /// <summary>Why it was raised, in English (for example "fill 99 % at or above the overflow level of 98 %").</summary>
    [Id(5)] public string Detail { get; init; } = "";

    /// <summary>When the condition started (event time).</summary>
    [Id(6)] public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>When someone took it, and who.</summary>
    [Id(7)] public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>Who acknowledged it.</summary>
    [Id(8)] public string? AcknowledgedBy { get; init; }

    /// <summary>When it was resolved, and by whom ("system" when the condition ended by itself).</summary>
    [Id(9)] public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Who resolved it.</summary>
    [Id(10)] public string? ResolvedBy { get; init; }

    /// <summary>What the people who handled it noted.</summary>
    [Id(11)] public AlertNote[] Notes { get; init; } = [];

    /// <summary>When the device stopped reporting the condition (it may still need a person to close it).</summary>
    [Id(12)] public DateTimeOffset? ConditionClearedAt { get; init; }

    /// <summary>Why it was raised, as fields a page words in its reader's language (null on alerts raised before the
    /// reasons were kept: <see cref="Detail"/> alone says it).</summary>
    [Id(13)] public AlertReason? Reason { get; init; }

    /// <summary>How many citizens' reports (from the device's QR code) joined this alert; 0 when only sensors raised it.</summary>
    [Id(14)] public int CitizenReports { get; init; }

    /// <summary>Where the alert is in its life.</summary>
    public AlertState State => ResolvedAt is not null ? AlertState.Resolved : AcknowledgedAt is not null ? AlertState.Acknowledged : AlertState.Open;

    /// <summary>From raised to acknowledged.</summary>
    public TimeSpan? TimeToAcknowledge => AcknowledgedAt - RaisedAt;

    /// <summary>From raised to resolved.</summary>
    public TimeSpan? TimeToResolve => ResolvedAt - RaisedAt;
}

/// <summary>A note a person added to an alert.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertNote([property: Id(0)] DateTimeOffset At, [property: Id(1)] string By, [property: Id(2)] string Text)
{
    /// <summary>The longest note, in characters (the board is one grain's state, written whole at each change).</summary>
    public const int MaxLength = 500;

    /// <summary>The most notes one alert keeps.</summary>
    public const int MaxPerAlert = 50;
}
