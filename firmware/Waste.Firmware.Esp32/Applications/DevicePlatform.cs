using System.Threading;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Esp32.Board;
using Waste.Firmware.Esp32.Drivers;
using Waste.Firmware.Esp32.Network;

namespace Waste.Firmware.Esp32.Applications;

/// <summary>The platform a node runs on, the same for both roles: RTC clock, Wi-Fi, SNTP, M2Mqtt, HMAC, flash stores.</summary>
public static class DevicePlatform
{
    /// <summary>The time server: Vietnam's NTP pool.</summary>
    public const string SntpServer = "vn.pool.ntp.org";

    /// <summary>Builds it; <paramref name="coldBoot"/> is false only after a wake from deep sleep, and
    /// <paramref name="wake"/> is set whenever a message arrives.</summary>
    public static NodePlatform Create(Provisioning provisioning, bool coldBoot, AutoResetEvent wake) =>
        new NodePlatform(
            new RtcClock(DeviceStores.ClockBase(), coldBoot),
            new WifiNetwork(provisioning.Ssid, provisioning.WifiPassword, BoardConfiguration.WifiTimeoutMilliseconds),
            new UdpSntpClient(SntpServer),
            HubConnection.Link(provisioning, wake),
            new DeviceHmac(),
            DeviceStores.Retained(),
            DeviceStores.Sequence(),
            DeviceStores.Settings());
}
