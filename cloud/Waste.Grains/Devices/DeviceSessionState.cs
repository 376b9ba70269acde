namespace Waste.Grains.Devices;

/// <summary>What a session grain persists: the queue of messages waiting for the device, and where the device is
/// connected, so presence survives the grain moving to another silo.</summary>
[GenerateSerializer]
public sealed class DeviceSessionState
{
    /// <summary>Queued messages, oldest first.</summary>
    [Id(0)] public List<CloudToDeviceMessage> Queue { get; set; } = [];

    /// <summary>The device's connection, or null while it is not connected.</summary>
    [Id(1)] public DevicePresence? Presence { get; set; }
}
