using System.Text.Json;
using Azure.Messaging.EventHubs.Consumer;
using Azure.Messaging.EventHubs.Primitives;
using Azure.Messaging.EventHubs.Processor;
using Waste.Reports.Documents;

namespace Waste.Ingest.EventHubs.Checkpoints;

/// <summary>
/// The Event Hubs processor's checkpoints and partition ownership in a document store (SQLite on one machine, Cosmos
/// DB for a cluster), with point operations only. One document partition per consumer group
/// (<c>namespace/hub/group</c>); in it one <c>ownership</c> document for all partitions, which a claim changes by
/// read-modify-write with the ETag so two processors never both take a partition, and one <c>checkpoint:{id}</c>
/// document per partition.
/// </summary>
public sealed class DocumentCheckpointStore(IDocumentStore store, TimeProvider time) : CheckpointStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly JsonDocuments _documents = new(store, Json);

    /// <inheritdoc />
    public override async Task<IEnumerable<EventProcessorPartitionOwnership>> ListOwnershipAsync(
        string fullyQualifiedNamespace, string eventHubName, string consumerGroup, CancellationToken cancellationToken)
    {
        var stored = await _documents.ReadAsync<PartitionOwnerships>(OwnershipKey(fullyQualifiedNamespace, eventHubName, consumerGroup), cancellationToken);
        return [.. (stored?.Partitions ?? []).Select(p => Ownership(fullyQualifiedNamespace, eventHubName, consumerGroup, p.Key, p.Value))];
    }

    /// <inheritdoc />
    public override async Task<IEnumerable<EventProcessorPartitionOwnership>> ClaimOwnershipAsync(
        IEnumerable<EventProcessorPartitionOwnership> desiredOwnership, CancellationToken cancellationToken)
    {
        var claimed = new List<EventProcessorPartitionOwnership>();
        foreach (var group in desiredOwnership.GroupBy(o => (o.FullyQualifiedNamespace, o.EventHubName, o.ConsumerGroup)))
        {
            var (ns, hub, consumerGroup) = group.Key;
            var won = new List<EventProcessorPartitionOwnership>();
            await _documents.MergeAsync<PartitionOwnerships>(OwnershipKey(ns, hub, consumerGroup), stored =>
            {
                // Runs again after a lost race: start over from what is stored now.
                won.Clear();
                var partitions = new Dictionary<string, PartitionOwner>(stored?.Partitions ?? []);
                foreach (var wanted in group)
                {
                    // A claim names the version it saw (none for a partition never owned); anything else means
                    // someone claimed it since.
                    if (partitions.GetValueOrDefault(wanted.PartitionId)?.Version != wanted.Version)
                    {
                        continue;
                    }

                    var owner = new PartitionOwner(wanted.OwnerIdentifier ?? "", Guid.NewGuid().ToString("N"), time.GetUtcNow());
                    partitions[wanted.PartitionId] = owner;
                    won.Add(Ownership(ns, hub, consumerGroup, wanted.PartitionId, owner));
                }

                return new PartitionOwnerships { Partitions = partitions };
            }, cancellationToken);
            claimed.AddRange(won);
        }

        return claimed;
    }

    /// <inheritdoc />
    public override async Task<EventProcessorCheckpoint?> GetCheckpointAsync(
        string fullyQualifiedNamespace, string eventHubName, string consumerGroup, string partitionId, CancellationToken cancellationToken)
    {
        var stored = await _documents.ReadAsync<PartitionCheckpoint>(CheckpointKey(fullyQualifiedNamespace, eventHubName, consumerGroup, partitionId), cancellationToken);
        return stored is null ? null : new EventProcessorCheckpoint
        {
            FullyQualifiedNamespace = fullyQualifiedNamespace,
            EventHubName = eventHubName,
            ConsumerGroup = consumerGroup,
            PartitionId = partitionId,
            ClientIdentifier = stored.ClientIdentifier,
            LastModified = stored.LastModified,
            StartingPosition = stored.Offset is { Length: > 0 } offset
                ? EventPosition.FromOffset(offset, isInclusive: false)
                : EventPosition.FromSequenceNumber(stored.SequenceNumber, isInclusive: false),
        };
    }

    /// <inheritdoc />
    public override Task UpdateCheckpointAsync(
        string fullyQualifiedNamespace, string eventHubName, string consumerGroup, string partitionId, string clientIdentifier,
        CheckpointPosition startingPosition, CancellationToken cancellationToken) =>
        _documents.MergeAsync<PartitionCheckpoint>(CheckpointKey(fullyQualifiedNamespace, eventHubName, consumerGroup, partitionId), _ => new PartitionCheckpoint
        {
            Offset = startingPosition.OffsetString,
            SequenceNumber = startingPosition.SequenceNumber,
            ClientIdentifier = clientIdentifier,
            LastModified = time.GetUtcNow(),
        }, cancellationToken);

    private static string PartitionOf(string fullyQualifiedNamespace, string eventHubName, string consumerGroup) =>
        $"{fullyQualifiedNamespace}/{eventHubName}/{consumerGroup}".ToLowerInvariant();

    private static DocumentKey OwnershipKey(string fullyQualifiedNamespace, string eventHubName, string consumerGroup) =>
        new(PartitionOf(fullyQualifiedNamespace, eventHubName, consumerGroup), "ownership");

    private static DocumentKey CheckpointKey(string fullyQualifiedNamespace, string eventHubName, string consumerGroup, string partitionId) =>
        new(PartitionOf(fullyQualifiedNamespace, eventHubName, consumerGroup), $"checkpoint:{partitionId}");

    private static EventProcessorPartitionOwnership Ownership(string ns, string hub, string consumerGroup, string partitionId, PartitionOwner owner) => new()
    {
        FullyQualifiedNamespace = ns,
        EventHubName = hub,
        ConsumerGroup = consumerGroup,
        PartitionId = partitionId,
        OwnerIdentifier = owner.OwnerId,
        LastModifiedTime = owner.LastModified,
        Version = owner.Version,
    };
}
