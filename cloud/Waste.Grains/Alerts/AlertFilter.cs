namespace Waste.Grains.Alerts;

/// <summary>Which alerts to list: every member that is set must match.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertFilter
{
    /// <summary>Only these states (null: all).</summary>
    [Id(0)] public IReadOnlyList<AlertState>? States { get; init; }

    /// <summary>Only these kinds (null: all).</summary>
    [Id(1)] public IReadOnlyList<AlertKind>? Kinds { get; init; }

    /// <summary>Only this ward.</summary>
    [Id(2)] public string? Ward { get; init; }

    /// <summary>Only this district.</summary>
    [Id(3)] public string? District { get; init; }

    /// <summary>Only this device.</summary>
    [Id(4)] public string? DeviceId { get; init; }

    /// <summary>Only alerts raised at or after this time.</summary>
    [Id(5)] public DateTimeOffset? RaisedSince { get; init; }

    /// <summary>Only alerts raised before this time.</summary>
    [Id(6)] public DateTimeOffset? RaisedBefore { get; init; }

    /// <summary>The most alerts to return, newest first.</summary>
    [Id(7)] public int Limit { get; init; } = 500;

    /// <summary>True when <paramref name="alert"/> passes the filter.</summary>
    public bool Matches(Alert alert) =>
        (States is null || States.Contains(alert.State))
        && (Kinds is null || Kinds.Contains(alert.Kind))
        && (Ward is null || string.Equals(Ward, alert.Ward, StringComparison.OrdinalIgnoreCase))
        && (District is null || string.Equals(District, alert.District, StringComparison.OrdinalIgnoreCase))
        && (DeviceId is null || DeviceId == alert.DeviceId)
        && (RaisedSince is null || alert.RaisedAt >= RaisedSince)
        && (RaisedBefore is null || alert.RaisedAt < RaisedBefore);
}
