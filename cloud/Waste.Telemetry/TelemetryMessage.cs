namespace Waste.Telemetry;

/// <summary>A parsed, structurally valid telemetry message: one device's batch of readings, oldest first.</summary>
[GenerateSerializer, Immutable]
public sealed record TelemetryMessage
{
    /// <summary>Schema version the device wrote.</summary>
    [Id(0)] public required int SchemaVersion { get; init; }

    /// <summary>The device that sent it (equal to the topic's and the connection's device).</summary>
    [Id(1)] public required string DeviceId { get; init; }

    /// <summary>What the device measures.</summary>
    [Id(2)] public required DeviceKind Kind { get; init; }

    /// <summary>When the device formed the message, UTC.</summary>
    [Id(3)] public required DateTimeOffset SentAt { get; init; }

    /// <summary>When the hub received it.</summary>
    [Id(4)] public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The readings, oldest first.</summary>
    [Id(5)] public required IReadOnlyList<DeviceReading> Readings { get; init; }

    /// <summary>Readings the device's offline buffer dropped (full) since its previous message.</summary>
    [Id(6)] public int DroppedByDevice { get; init; }
}
