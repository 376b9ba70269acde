namespace Waste.Telemetry;

/// <summary>What became of a message's readings: how many were stored, and each one refused with its reason.</summary>
[GenerateSerializer, Immutable]
public sealed record IngestOutcome
{
    /// <summary>Readings stored (and persisted before this outcome was returned).</summary>
    [Id(0)] public int Accepted { get; init; }

    /// <summary>Readings refused, with the reason for each.</summary>
    [Id(1)] public IReadOnlyList<RejectedReading> Rejected { get; init; } = [];

    /// <summary>Readings neither stored nor refused yet: a sequence number far ahead of the device's window, held
    /// until its next reading says whether the device really jumped (then stored) or not (then refused).</summary>
    [Id(2)] public int Held { get; init; }

    /// <summary>A whole message refused before any reading was looked at.</summary>
    public static IngestOutcome RejectedMessage(TelemetryMessage message, RejectionReason reason) => new()
    {
        Rejected = [.. message.Readings.Select(r => new RejectedReading(r.Sequence, reason))],
    };
}

/// <summary>A reading that was not stored, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record RejectedReading([property: Id(0)] long Sequence, [property: Id(1)] RejectionReason Reason);
