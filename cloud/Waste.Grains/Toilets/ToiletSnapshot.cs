using Waste.Grains.Alerts;
using Waste.Grains.Devices;
using Waste.Telemetry;

namespace Waste.Grains.Toilets;

/// <summary>A public toilet as the API and the maintenance board show it.</summary>
[GenerateSerializer, Immutable]
public sealed record ToiletSnapshot
{
    /// <summary>Device id.</summary>
    [Id(0)] public required string DeviceId { get; init; }

    /// <summary>The most recent reading.</summary>
    [Id(1)] public DeviceReading? Latest { get; init; }

    /// <summary>Readings stored and refused.</summary>
    [Id(2)] public long ReadingsStored { get; init; }

    /// <summary>Readings refused.</summary>
    [Id(3)] public long ReadingsRejected { get; init; }

    /// <summary>When the last message arrived.</summary>
    [Id(4)] public DateTimeOffset? LastMessageAt { get; init; }

    /// <summary>Since when it has been occupied; null when free.</summary>
    [Id(5)] public DateTimeOffset? OccupiedSince { get; init; }

    /// <summary>When the last visit ended.</summary>
    [Id(6)] public DateTimeOffset? LastVisitAt { get; init; }

    /// <summary>Visits in each of the last 24 hours.</summary>
    [Id(7)] public IReadOnlyList<(DateTimeOffset Hour, int Visits)> VisitsByHour { get; init; } = [];

    /// <summary>Visits by local day, up to 90 days.</summary>
    [Id(8)] public IReadOnlyList<(DateOnly Day, int Visits)> VisitsByDay { get; init; } = [];

    /// <summary>Conditions active now (each has an alert).</summary>
    [Id(9)] public IReadOnlyList<AlertKind> Conditions { get; init; } = [];

    /// <summary>When maintenance last said they cleaned it.</summary>
    [Id(10)] public DateTimeOffset? LastCleanedAt { get; init; }

    /// <summary>The sequence window: where it stands, what it holds, readings refused as too old.</summary>
    [Id(11)] public SequenceStatus Sequence { get; init; } = new();
}
