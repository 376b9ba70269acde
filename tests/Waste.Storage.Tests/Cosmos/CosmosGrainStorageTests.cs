using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Waste.Storage.Cosmos;
using Waste.Storage.Tests.Backends;
using Waste.Storage.Tests.Contract;

namespace Waste.Storage.Tests.Cosmos;

/// <summary>What only the Cosmos DB store does: the item size limit and the container it needs.</summary>
public sealed class CosmosGrainStorageTests(CosmosBackend backend) : IClassFixture<CosmosBackend>
{
    [Fact]
    public async Task A_state_larger_than_an_item_holds_is_refused_and_the_stored_state_is_kept()
    {
        var grain = GrainId.Create("bin", $"bin-{Guid.NewGuid():N}");
        var state = new TestGrainState<ContractState>(new ContractState { Name = "small" });
        await backend.Storage.WriteStateAsync("state", grain, state);
        var storedETag = state.ETag;

        state.State.Payload = new byte[new CosmosGrainStorageOptions().MaxDocumentBytes];
        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => backend.Storage.WriteStateAsync("state", grain, state));

        Assert.True(error.Bytes > error.MaxBytes);
        Assert.Equal(storedETag, state.ETag);
        var read = new TestGrainState<ContractState>(new ContractState());
        await backend.Storage.ReadStateAsync("state", grain, read);
        Assert.Equal("small", read.State.Name);
        Assert.Equal(storedETag, read.ETag);
    }

    [Fact]
    public async Task A_container_partitioned_on_another_path_stops_the_start_with_the_reason()
    {
        using var client = new CosmosClient(backend.CosmosConnectionString, CosmosAccount.ClientOptions(new Uri("https://127.0.0.1/"), "test"));
        Database database = await client.CreateDatabaseIfNotExistsAsync("waste-tests");
        await database.CreateContainerIfNotExistsAsync("partitioned-on-id", "/id");
        using var storage = new CosmosGrainStorage("wrong", new CosmosGrainStorageOptions
        {
            ConnectionString = backend.CosmosConnectionString,
            Database = "waste-tests",
            Container = "partitioned-on-id",
        }, NullLogger<CosmosGrainStorage>.Instance);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => storage.StartAsync(CancellationToken.None));

        Assert.Contains("'/id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'/partitionKey'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_creates_its_database_and_container_when_missing()
    {
        var name = $"fresh-{Guid.NewGuid():N}";
        using var storage = new CosmosGrainStorage("fresh", new CosmosGrainStorageOptions
        {
            ConnectionString = backend.CosmosConnectionString,
            Database = name,
            Container = name,
        }, NullLogger<CosmosGrainStorage>.Instance);

        await storage.StartAsync(CancellationToken.None);
        var grain = GrainId.Create("bin", "bin-0001");
        await storage.WriteStateAsync("state", grain, new TestGrainState<ContractState>(new ContractState { Name = "first" }));

        using var client = new CosmosClient(backend.CosmosConnectionString, CosmosAccount.ClientOptions(new Uri("https://127.0.0.1/"), "test"));
        ContainerProperties container = await client.GetContainer(name, name).ReadContainerAsync();
        Assert.Equal("/partitionKey", container.PartitionKeyPath);
    }
}
