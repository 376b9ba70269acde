namespace Waste.Grains.Devices;

/// <summary>
/// A hub's way to reach the devices connected to it. Each hub (one per silo, embedded or bridging an external broker)
/// registers one link with a device's session grain when the device connects, so the cloud reaches a device from any
/// silo through the silo that holds its connection.
/// </summary>
public interface IDeviceLink : IGrainObserver
{
    /// <summary>Sends a cloud-to-device message; false when the device is no longer connected here.</summary>
    Task<bool> Deliver(string deviceId, CloudToDeviceMessage message);

    /// <summary>Pushes a desired-properties patch; false when the device is no longer connected here.</summary>
    Task<bool> PushDesired(string deviceId, string patchJson, long version);

    /// <summary>Invokes a direct method and waits for the answer or the call's timeout.</summary>
    Task<DirectMethodResult> InvokeMethod(string deviceId, DirectMethodCall call);
}
