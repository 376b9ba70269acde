using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Esp32.Board;
using Waste.Firmware.Esp32.Network;

namespace Waste.Firmware.Esp32.Applications;

/// <summary>Builds the device identity and its MQTT link from the provisioning file.</summary>
public static class HubConnection
{
    /// <summary>The device as the hub knows it.</summary>
    public static DeviceIdentity Identity(Provisioning provisioning) =>
        new DeviceIdentity(provisioning.HubHost, provisioning.DeviceId, provisioning.DeviceKey);

    /// <summary>The MQTT link, over TLS with the provisioned root certificate unless provisioning says otherwise.</summary>
    public static M2MqttLink Link(Provisioning provisioning, AutoResetEvent wake)
    {
        var root = provisioning.UseTls && provisioning.CaCertificatePem.Length > 0
            ? new X509Certificate(provisioning.CaCertificatePem)
            : null;
        return new M2MqttLink(provisioning.HubHost, provisioning.HubPort, provisioning.UseTls, root, wake);
    }
}
