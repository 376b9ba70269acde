using Waste.Firmware.Core.Commands;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Core.Nodes;

/// <summary>What every node has, bin or toilet: its clock, its configuration, its sequence numbers, its offline
/// buffer and its exchange with the hub.</summary>
public sealed class NodeServices
{
    /// <summary>Creates them for a node of <paramref name="kind"/> that answers commands as <paramref name="target"/>.</summary>
    public NodeServices(
        DeviceIdentity identity, NodePlatform platform, NodeKind kind, int bufferCapacity, ICommandTarget target)
    {
        Clock = new DeviceClock(platform.Clock);
        Settings = new DeviceSettings(kind, platform.SettingsFlash);
        Sequence = new SequenceCounter(platform.SequenceFlash);
        Buffer = new ReadingBuffer(
            bufferCapacity, kind == NodeKind.Bin ? (IReadingFormat)BinReadingFormat.Instance : ToiletReadingFormat.Instance);
        Exchange = new HubExchange(
            new HubSession(platform.Mqtt, identity, platform.Hmac, HubSession.DefaultTokenLifetimeSeconds),
            Settings, target, kind == NodeKind.Bin ? TelemetrySchema.KindBin : TelemetrySchema.KindToilet);
    }

    /// <summary>The device's time.</summary>
    public DeviceClock Clock { get; }

    /// <summary>The configuration and where it came from.</summary>
    public DeviceSettings Settings { get; }

    /// <summary>The reading sequence numbers.</summary>
    public SequenceCounter Sequence { get; }

    /// <summary>The offline buffer.</summary>
    public ReadingBuffer Buffer { get; }

    /// <summary>The hub exchange.</summary>
    public HubExchange Exchange { get; }

    /// <summary>The answer to <c>ping</c>: uptime and the next sequence number.</summary>
    public CommandResult Ping() => CommandAnswers.Ping(Clock.MonotonicSeconds, Sequence.Next);
}
