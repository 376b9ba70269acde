namespace Waste.Hub;

/// <summary>Told when a device connects to or leaves this hub, so the cloud can reach it (and deliver what waits
/// for it) through this hub.</summary>
public interface IDevicePresence
{
    /// <summary>The device connected; the cloud reaches it through <paramref name="channel"/>.</summary>
    Task ConnectedAsync(string deviceId, IDeviceChannel channel);

    /// <summary>The device subscribed to its cloud-to-device messages: what waits for it can be sent now.</summary>
    Task ListeningAsync(string deviceId, IDeviceChannel channel);

    /// <summary>The device left <paramref name="channel"/>.</summary>
    Task DisconnectedAsync(string deviceId, IDeviceChannel channel);
}
