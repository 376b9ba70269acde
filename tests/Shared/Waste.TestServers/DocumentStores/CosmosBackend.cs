using Waste.Reports.Cosmos;

namespace Waste.TestServers.DocumentStores;

/// <summary>The Cosmos DB document store against the local Cosmos DB-compatible test server.</summary>
public sealed class CosmosBackend : DocumentStoreBackend
{
    private readonly CosmosDbServer _server = new();

    /// <summary>The test server's connection string.</summary>
    public string ConnectionString => _server.ConnectionString;

    public override async Task InitializeAsync()
    {
        await _server.StartAsync();
        Store = Open();
    }

    public override void Reopen()
    {
        ((CosmosDocumentStore)Store).Dispose();
        Store = Open();
    }

    private CosmosDocumentStore Open() =>
        new(new CosmosDocumentStoreOptions { ConnectionString = _server.ConnectionString, Database = "waste-tests" });

    public override async Task DisposeAsync()
    {
        ((CosmosDocumentStore)Store).Dispose();
        await _server.DisposeAsync();
    }
}
