namespace Waste.Grains.Devices;

/// <summary>
/// Where a device is connected, and what waits for it: the cloud-to-device queue. The hub attaches its link when the
/// device connects and detaches it when it leaves. Both are persisted, so the device stays reachable when the grain
/// moves to another silo. Keyed by device id.
/// </summary>
public interface IDeviceSessionGrain : IGrainWithStringKey
{
    /// <summary>The device connected through <paramref name="link"/>, which <paramref name="route"/> names durably.</summary>
    Task Attach(IDeviceLink link, DeviceRoute route);

    /// <summary>The device subscribed to its messages: deliver what is queued, and later messages at once.</summary>
    Task Listening();

    /// <summary>The device left <paramref name="link"/> (ignored if it has since attached elsewhere). After the grain
    /// moved, it no longer knows which link attached last and compares <paramref name="route"/> instead.</summary>
    Task Detach(IDeviceLink link, DeviceRoute route);

    /// <summary>True while a hub holds the device's connection.</summary>
    Task<bool> IsConnected();

    /// <summary>Sends a cloud-to-device message now or queues it.</summary>
    Task<DeliveryStatus> Send(CloudToDeviceMessage message);

    /// <summary>Messages waiting for the device.</summary>
    Task<IReadOnlyList<CloudToDeviceMessage>> Pending();

    /// <summary>Invokes a direct method on the device, if it is connected.</summary>
    Task<DirectMethodResult> Invoke(DirectMethodCall call);

    /// <summary>Pushes a desired-properties patch to the device, if it is connected.</summary>
    Task PushDesired(string patchJson, long version);
}
