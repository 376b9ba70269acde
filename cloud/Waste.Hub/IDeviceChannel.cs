namespace Waste.Hub;

/// <summary>The cloud's way to a device connected to this hub: one message to one device, and direct methods.</summary>
public interface IDeviceChannel
{
    /// <summary>True while the device is connected here.</summary>
    bool IsConnected(string deviceId);

    /// <summary>The shared-subscription group when this channel is one silo's bridge to a broker that every silo's
    /// bridge reaches alike (so any of them reaches a device connected there); null for a hub that alone holds its
    /// devices' connections.</summary>
    string? SharedBroker { get; }

    /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/> to that device alone (QoS 1); false
    /// when it is not connected here.</summary>
    Task<bool> SendAsync(string deviceId, string topic, string payload);

    /// <summary>Invokes a direct method and waits for the device's answer, at most <paramref name="timeout"/>.</summary>
    Task<MethodAnswer> InvokeMethodAsync(string deviceId, string method, string payloadJson, TimeSpan timeout);
}

/// <summary>A device's answer to a direct method, or the hub's status when there was none (404 not connected, 504
/// timed out).</summary>
public sealed record MethodAnswer(int Status, string PayloadJson);
