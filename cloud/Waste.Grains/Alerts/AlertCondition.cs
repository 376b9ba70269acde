namespace Waste.Grains.Alerts;

/// <summary>A condition a device grain found, to raise as an alert if none of its kind is open for the device:
/// <paramref name="Detail"/> says it in English, <paramref name="Reason"/> as fields.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertCondition(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Detail,
    [property: Id(4)] string? Ward,
    [property: Id(5)] string? District,
    [property: Id(6)] AlertReason? Reason = null);
