using Azure.Messaging.EventHubs.Consumer;
using Azure.Messaging.EventHubs.Primitives;
using Azure.Messaging.EventHubs.Processor;
using Microsoft.Extensions.Time.Testing;
using Waste.Ingest.EventHubs.Checkpoints;
using Waste.TestServers.DocumentStores;

namespace Waste.Ingest.EventHubs.Tests.Checkpoints;

/// <summary>What the Event Hubs processor asks of its checkpoint store, on each document store backend: checkpoints
/// read back as the position after the event, and a partition is claimed by one processor at a time.</summary>
public abstract class CheckpointStoreContract(DocumentStoreBackend backend)
{
    private const string Namespace = "binhduong-waste.servicebus.windows.net";
    private const string Group = "cloud";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
    private readonly string _hub = $"iothub-ehub-binhduong-{Guid.NewGuid():N}";

    private DocumentCheckpointStore Store => new(backend.Store, _clock);

    private EventProcessorPartitionOwnership Wanted(string partitionId, string owner, string? version = null) => new()
    {
        FullyQualifiedNamespace = Namespace,
        EventHubName = _hub,
        ConsumerGroup = Group,
        PartitionId = partitionId,
        OwnerIdentifier = owner,
        Version = version,
    };

    [Fact]
    public async Task A_partition_never_checkpointed_has_no_checkpoint() =>
        Assert.Null(await Store.GetCheckpointAsync(Namespace, _hub, Group, "0", CancellationToken.None));

    [Fact]
    public async Task A_checkpoint_reads_back_as_the_position_just_after_its_event()
    {
        await Store.UpdateCheckpointAsync(Namespace, _hub, Group, "3", "silo-a", new CheckpointPosition("12884901888", 4711), CancellationToken.None);
        await Store.UpdateCheckpointAsync(Namespace, _hub, Group, "3", "silo-a", new CheckpointPosition("12884905472", 4718), CancellationToken.None);

        var checkpoint = await Store.GetCheckpointAsync(Namespace, _hub, Group, "3", CancellationToken.None);

        Assert.NotNull(checkpoint);
        Assert.Equal(EventPosition.FromOffset("12884905472", isInclusive: false), checkpoint.StartingPosition);
        Assert.Equal("3", checkpoint.PartitionId);
        Assert.Equal("silo-a", checkpoint.ClientIdentifier);
        Assert.Null(await Store.GetCheckpointAsync(Namespace, _hub, "other-group", "3", CancellationToken.None));
    }

    [Fact]
    public async Task A_partition_never_owned_is_claimed_once_and_listed_with_its_owner()
    {
        var first = Assert.Single(await Store.ClaimOwnershipAsync([Wanted("0", "silo-a")], CancellationToken.None));
        var second = await Store.ClaimOwnershipAsync([Wanted("0", "silo-b")], CancellationToken.None);

        Assert.Empty(second);
        var listed = Assert.Single(await Store.ListOwnershipAsync(Namespace, _hub, Group, CancellationToken.None));
        Assert.Equal("silo-a", listed.OwnerIdentifier);
        Assert.Equal(first.Version, listed.Version);
        Assert.Equal(_clock.GetUtcNow(), listed.LastModifiedTime);
    }

    [Fact]
    public async Task An_owner_renews_with_the_version_it_holds_and_a_stale_version_takes_nothing()
    {
        var claimed = Assert.Single(await Store.ClaimOwnershipAsync([Wanted("1", "silo-a")], CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(10));

        var renewed = Assert.Single(await Store.ClaimOwnershipAsync([Wanted("1", "silo-a", claimed.Version)], CancellationToken.None));
        var stale = await Store.ClaimOwnershipAsync([Wanted("1", "silo-b", claimed.Version)], CancellationToken.None);
        var takenOver = Assert.Single(await Store.ClaimOwnershipAsync([Wanted("1", "silo-b", renewed.Version)], CancellationToken.None));

        Assert.NotEqual(claimed.Version, renewed.Version);
        Assert.Empty(stale);
        Assert.Equal("silo-b", Assert.Single(await Store.ListOwnershipAsync(Namespace, _hub, Group, CancellationToken.None)).OwnerIdentifier);
        Assert.Equal(takenOver.Version, Assert.Single(await Store.ListOwnershipAsync(Namespace, _hub, Group, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Processors_claiming_the_same_partitions_at_once_never_share_one()
    {
        var partitions = Enumerable.Range(0, 4).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(silo => Task.Run(() =>
            Store.ClaimOwnershipAsync([.. partitions.Select(p => Wanted(p, $"silo-{silo}"))], CancellationToken.None))));

        var won = claims.SelectMany(c => c).ToList();
        Assert.Equal(partitions, won.Select(o => o.PartitionId).Order());
        var listed = (await Store.ListOwnershipAsync(Namespace, _hub, Group, CancellationToken.None)).ToDictionary(o => o.PartitionId);
        Assert.All(won, o => Assert.Equal(o.OwnerIdentifier, listed[o.PartitionId].OwnerIdentifier));
    }
}
