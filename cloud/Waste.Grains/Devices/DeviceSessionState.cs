namespace Waste.Grains.Devices;

/// <summary>What a session grain persists: the queue of messages waiting for the device.</summary>
[GenerateSerializer]
public sealed class DeviceSessionState
{
    /// <summary>Queued messages, oldest first.</summary>
    [Id(0)] public List<CloudToDeviceMessage> Queue { get; set; } = [];
}
