using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Network;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Core.Nodes;

/// <summary>What a node needs from the platform besides its sensors: clock, network, time server, MQTT, HMAC and its
/// stores. The ESP32 layer fills it with the real things, the simulator and the tests with virtual ones.</summary>
public sealed class NodePlatform
{
    /// <summary>Creates the bundle.</summary>
    public NodePlatform(
        IMonotonicClock clock, INetwork network, ISntpClient sntp, IMqttLink mqtt, IHmacSha256 hmac,
        IByteStore retained, IByteStore sequenceFlash, IByteStore settingsFlash)
    {
        Clock = clock;
        Network = network;
        Sntp = sntp;
        Mqtt = mqtt;
        Hmac = hmac;
        Retained = retained;
        SequenceFlash = sequenceFlash;
        SettingsFlash = settingsFlash;
    }

    /// <summary>Milliseconds since power-on, through deep sleep.</summary>
    public IMonotonicClock Clock { get; }

    /// <summary>The IP network.</summary>
    public INetwork Network { get; }

    /// <summary>The time server.</summary>
    public ISntpClient Sntp { get; }

    /// <summary>The MQTT connection.</summary>
    public IMqttLink Mqtt { get; }

    /// <summary>HMAC-SHA256 for the SAS token.</summary>
    public IHmacSha256 Hmac { get; }

    /// <summary>RTC memory: the wake state that survives deep sleep.</summary>
    public IByteStore Retained { get; }

    /// <summary>Flash: the reserved sequence ceiling.</summary>
    public IByteStore SequenceFlash { get; }

    /// <summary>Flash: the configuration from the twin.</summary>
    public IByteStore SettingsFlash { get; }
}
