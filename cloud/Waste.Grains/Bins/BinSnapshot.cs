using Waste.Forecasting;
using Waste.Grains.Alerts;
using Waste.Grains.Devices;
using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>A bin as the API shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record BinSnapshot
{
    /// <summary>Device id.</summary>
    [Id(0)] public required string DeviceId { get; init; }

    /// <summary>The most recent reading, if any.</summary>
    [Id(1)] public DeviceReading? Latest { get; init; }

    /// <summary>Readings stored.</summary>
    [Id(2)] public long ReadingsStored { get; init; }

    /// <summary>Readings refused.</summary>
    [Id(3)] public long ReadingsRejected { get; init; }

    /// <summary>Highest sequence number stored, -1 before the first.</summary>
    [Id(4)] public long HighestSequence { get; init; }

    /// <summary>When the last message arrived.</summary>
    [Id(5)] public DateTimeOffset? LastMessageAt { get; init; }

    /// <summary>The denoised fill, percent, as of <see cref="LevelAt"/>.</summary>
    [Id(6)] public double? LevelPercent { get; init; }

    /// <summary>When the level was last updated.</summary>
    [Id(7)] public DateTimeOffset? LevelAt { get; init; }

    /// <summary>Conditions active now (each has an alert).</summary>
    [Id(8)] public IReadOnlyList<AlertKind> Conditions { get; init; } = [];

    /// <summary>The last emptyings, newest last.</summary>
    [Id(9)] public IReadOnlyList<Collection> RecentCollections { get; init; } = [];

    /// <summary>The sequence window: where it stands, what it holds, readings refused as too old.</summary>
    [Id(10)] public SequenceStatus Sequence { get; init; } = new();
}
