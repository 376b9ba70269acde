using Waste.Grains.Devices;
using Waste.Hub;

namespace Waste.Host.Devices;

/// <summary>The observer through which grains reach the devices connected to one hub on this silo.</summary>
public sealed class HubDeviceLink(IDeviceChannel channel) : IDeviceLink
{
    /// <inheritdoc />
    public Task<bool> Deliver(string deviceId, CloudToDeviceMessage message) =>
        channel.SendAsync(deviceId, DeviceTopics.CloudToDevice(deviceId, message.MessageId), message.Body);

    /// <inheritdoc />
    public Task<bool> PushDesired(string deviceId, string patchJson, long version)
    {
        var body = Grains.Devices.TwinJson.WithVersion(patchJson, version);
        return channel.SendAsync(deviceId, DeviceTopics.DesiredPatch(version), body);
    }

    /// <inheritdoc />
    public async Task<DirectMethodResult> InvokeMethod(string deviceId, DirectMethodCall call)
    {
        var answer = await channel.InvokeMethodAsync(deviceId, call.MethodName, call.PayloadJson, call.Timeout);
        return new DirectMethodResult { Status = answer.Status, PayloadJson = answer.PayloadJson };
    }
}
