using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>What a bin grain persists.</summary>
[GenerateSerializer]
public sealed class BinState
{
    /// <summary>The most recent reading by reading time.</summary>
    [Id(0)] public DeviceReading? Latest { get; set; }

    /// <summary>Sequence numbers already stored.</summary>
    [Id(1)] public SequenceWindow Sequences { get; set; } = new();

    /// <summary>Readings stored since the bin was first seen.</summary>
    [Id(2)] public long ReadingsStored { get; set; }

    /// <summary>Readings refused since the bin was first seen.</summary>
    [Id(3)] public long ReadingsRejected { get; set; }

    /// <summary>When the hub last received a message from the bin.</summary>
    [Id(4)] public DateTimeOffset? LastMessageAt { get; set; }
}
