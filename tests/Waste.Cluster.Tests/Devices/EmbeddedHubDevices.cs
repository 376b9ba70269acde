using Waste.Broker.Tests.Broker;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Tests;
using Waste.Registry;

namespace Waste.Cluster.Tests.Devices;

/// <summary>Devices that connect to one silo's embedded hub in the IoT Hub dialect: the broker tests' MQTT client with
/// the firmware's own user name and SAS token instead of the shared-broker credentials.</summary>
public static class EmbeddedHubDevices
{
    /// <summary>The host name the hub expects in user names and tokens (the host's default).</summary>
    public const string HubHostName = "waste-hub.local";

    /// <summary>A device for <paramref name="device"/> on the embedded hub listening on <paramref name="port"/>.</summary>
    public static SharedBrokerDevice On(RegisteredDevice device, int port) => new(device.Id, device.PrimaryKey, port)
    {
        UserName = IotHubTopics.UserName(HubHostName, device.Id),
        Password = SasToken.Create(HubHostName, device.Id, device.PrimaryKey, DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(), new HostHmacSha256()),
    };
}
