namespace Waste.Grains.Devices;

/// <summary>A message from the cloud to one device (a command such as <c>{"cmd":"ping"}</c>), queued while the device
/// is offline and dropped when it expires, as Azure IoT Hub does.</summary>
[GenerateSerializer, Immutable]
public sealed record CloudToDeviceMessage
{
    /// <summary>Message id, unique per device.</summary>
    [Id(0)] public required string MessageId { get; init; }

    /// <summary>The body, UTF-8 text (JSON for our devices).</summary>
    [Id(1)] public required string Body { get; init; }

    /// <summary>When the cloud sent it.</summary>
    [Id(2)] public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When it stops being worth delivering.</summary>
    [Id(3)] public required DateTimeOffset ExpiresAt { get; init; }
}
