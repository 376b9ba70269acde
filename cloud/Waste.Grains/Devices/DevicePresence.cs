namespace Waste.Grains.Devices;

/// <summary>A connected device as its session grain persists it: how to reach it, and whether it has subscribed to
/// its cloud-to-device messages (so they can be sent at once rather than queued).</summary>
[GenerateSerializer, Immutable]
public sealed record DevicePresence
{
    /// <summary>How the cloud reaches the device.</summary>
    [Id(0)] public required DeviceRoute Route { get; init; }

    /// <summary>True once the device subscribed to its cloud-to-device messages on this connection.</summary>
    [Id(1)] public bool Listening { get; init; }
}
