using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace Waste.Storage.Cosmos;

/// <summary>
/// Orleans grain storage in one Cosmos DB container, with point operations only: read an item, create it, replace it
/// if its ETag still matches, delete it if its ETag still matches. The partition key is the grain id and the item id
/// is the state name plus the grain id (<see cref="CosmosDocumentId"/>). A write or clear whose ETag is stale fails
/// with <see cref="InconsistentStateException"/> and changes nothing. State is JSON (<see cref="GrainStateJson"/>).
/// The database and container are created when the silo starts, if missing.
/// </summary>
public sealed partial class CosmosGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly string _name;
    private readonly CosmosGrainStorageOptions _options;
    private readonly ILogger _logger;
    private readonly CosmosClient _client;
    private Container? _container;

    /// <summary>Creates the store; nothing is contacted before <see cref="StartAsync"/>.</summary>
    /// <exception cref="ArgumentException">The connection string has no valid AccountEndpoint.</exception>
    public CosmosGrainStorage(string name, CosmosGrainStorageOptions options, ILogger<CosmosGrainStorage> logger)
    {
        _name = name;
        _options = options;
        _logger = logger;
        _client = CosmosAccount.Connect(options.ConnectionString, applicationName: $"waste-grain-storage-{name}");
    }

    private Container Container => _container
        ?? throw new InvalidOperationException($"Cosmos DB grain storage '{_name}' is used before the silo started it");

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<CosmosGrainStorage>(_name), ServiceLifecycleStage.ApplicationServices, StartAsync);

    /// <summary>Creates the database and container if missing.</summary>
    /// <exception cref="ArgumentException">The container exists, partitioned on another path (the SDK's check).</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Database database = await _client.CreateDatabaseIfNotExistsAsync(_options.Database, cancellationToken: cancellationToken);
        ContainerResponse container = await database.CreateContainerIfNotExistsAsync(
            new ContainerProperties(_options.Container, GrainStateDocument<object>.PartitionKeyPath), cancellationToken: cancellationToken);
        _container = container.Container;
        LogStarted(_name, _options.Database, _options.Container);
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = CosmosDocumentId.For(stateName, grainId);
        using var response = await Container.ReadItemStreamAsync(id, PartitionKeyOf(grainId));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        response.EnsureSuccessStatusCode();
        var document = await JsonSerializer.DeserializeAsync<GrainStateDocument<T>>(response.Content, GrainStateJson.Options)
            ?? throw new JsonException($"Cosmos DB item '{id}' holds null instead of a grain state document");
        grainState.State = document.State!;
        grainState.ETag = response.Headers.ETag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    /// <exception cref="GrainStateTooLargeException">The state does not fit in one item; nothing was written.</exception>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var document = new GrainStateDocument<T>
        {
            Id = CosmosDocumentId.For(stateName, grainId),
            PartitionKey = grainId.ToString(),
            StateName = stateName,
            State = grainState.State,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(document, GrainStateJson.Options);
        if (json.Length > _options.MaxDocumentBytes)
        {
            throw new GrainStateTooLargeException(stateName, document.PartitionKey, json.Length, _options.MaxDocumentBytes);
        }

        using var content = new MemoryStream(json, writable: false);
        // An empty ETag is taken as none, as Orleans' Redis provider does: the SDK would send no If-Match for it and
        // replace whatever is stored.
        var etag = grainState.ETag;
        using var response = string.IsNullOrEmpty(etag)
            ? await Container.CreateItemStreamAsync(content, PartitionKeyOf(grainId))
            : await Container.ReplaceItemStreamAsync(content, document.Id, PartitionKeyOf(grainId), new ItemRequestOptions { IfMatchEtag = etag });
        var stale = string.IsNullOrEmpty(etag)
            ? response.StatusCode == HttpStatusCode.Conflict
            : response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound;
        if (stale)
        {
            throw Stale("write", stateName, grainId, stored: null, etag);
        }

        response.EnsureSuccessStatusCode();
        grainState.ETag = response.Headers.ETag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = CosmosDocumentId.For(stateName, grainId);
        var etag = grainState.ETag;
        if (string.IsNullOrEmpty(etag))
        {
            // Clearing state the grain believes absent: nothing to delete, but a record someone else wrote is a
            // conflict the grain must hear of, as with a stale ETag.
            using var read = await Container.ReadItemStreamAsync(id, PartitionKeyOf(grainId));
            if (read.StatusCode != HttpStatusCode.NotFound)
            {
                read.EnsureSuccessStatusCode();
                throw Stale("clear", stateName, grainId, read.Headers.ETag, etag);
            }
        }
        else
        {
            using var response = await Container.DeleteItemStreamAsync(id, PartitionKeyOf(grainId), new ItemRequestOptions { IfMatchEtag = etag });
            if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
            {
                throw Stale("clear", stateName, grainId, stored: null, etag);
            }

            response.EnsureSuccessStatusCode();
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Closes the client.</summary>
    public void Dispose() => _client.Dispose();

    private static PartitionKey PartitionKeyOf(GrainId grainId) => new(grainId.ToString());

    /// <summary>The grain's view is stale: 409 on create (someone created the item first), 412 on replace or delete
    /// (the ETag no longer matches), 404 on replace or delete (someone deleted it).</summary>
    private static InconsistentStateException Stale(string operation, string stateName, GrainId grainId, string? stored, string? etag) =>
        new($"stale {operation} of state '{stateName}' of grain {grainId} in Cosmos DB", stored ?? "unknown", etag ?? "none");

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name}: Cosmos DB container {Database}/{Container} ready")]
    private partial void LogStarted(string name, string database, string container);
}
