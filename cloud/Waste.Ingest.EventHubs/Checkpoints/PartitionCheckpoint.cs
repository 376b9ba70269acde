namespace Waste.Ingest.EventHubs.Checkpoints;

/// <summary>How far a consumer group has stored one partition: reading resumes after this event.</summary>
public sealed class PartitionCheckpoint
{
    /// <summary>The event's offset, when the hub gave one.</summary>
    public string? Offset { get; set; }

    /// <summary>The event's sequence number in the partition.</summary>
    public long SequenceNumber { get; set; }

    /// <summary>The processor that wrote it.</summary>
    public string? ClientIdentifier { get; set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset LastModified { get; set; }
}
