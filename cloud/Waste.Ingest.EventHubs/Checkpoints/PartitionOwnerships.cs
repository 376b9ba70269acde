namespace Waste.Ingest.EventHubs.Checkpoints;

/// <summary>Who reads which partition of one consumer group, in one document so that a processor lists them all with
/// one point read: partition id to its owner.</summary>
public sealed class PartitionOwnerships
{
    /// <summary>Owners by partition id.</summary>
    public Dictionary<string, PartitionOwner> Partitions { get; set; } = [];
}

/// <summary>A partition's owner: the processor's id (empty when it let the partition go), the version a claim must
/// name to take it over, and when it last claimed it (ownership expires when not renewed).</summary>
public sealed record PartitionOwner(string OwnerId, string Version, DateTimeOffset LastModified);
