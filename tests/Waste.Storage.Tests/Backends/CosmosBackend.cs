using Waste.Storage.Cosmos;
using Waste.TestServers;

namespace Waste.Storage.Tests.Backends;

/// <summary>The Cosmos DB store against the local Cosmos DB-compatible test server.</summary>
public sealed class CosmosBackend : StorageBackend
{
    private CosmosDbServer? _server;

    /// <summary>Cosmos DB keeps at most 2 MB in one item, so the largest state here is what fits in the store's limit
    /// as JSON (a byte array is base64, 4 characters for 3 bytes).</summary>
    public override int LargeStateBytes => new CosmosGrainStorageOptions().MaxDocumentBytes / 4 * 3 - 4096;

    /// <summary>The test server's connection string.</summary>
    internal string CosmosConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("the server is not running");

    protected override async Task<IReadOnlyDictionary<string, string?>> StartServerAsync()
    {
        _server = new CosmosDbServer();
        await _server.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Cosmos",
            ["Storage:Cosmos:ConnectionString"] = _server.ConnectionString,
            ["Storage:Cosmos:Database"] = "waste-tests",
            ["Storage:Cosmos:Container"] = "grain-state",
        };
    }

    protected override async ValueTask StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
