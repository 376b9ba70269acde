using System.Buffers;
using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Waste.Reports.Documents;
using Waste.Storage.Cosmos;

namespace Waste.Reports.Cosmos;

/// <summary>
/// Documents in one Cosmos DB container, with point operations only (read, create, replace with <c>If-Match</c>), so
/// they need no query, batch or cross-partition request. Each item is an envelope: <c>id</c>, <c>partitionKey</c> (the
/// key's partition) and <c>document</c>, the JSON as given. The database and container are created at first use when
/// missing; a failed creation is tried again at the next call.
/// </summary>
public sealed class CosmosDocumentStore : IDocumentStore, IDisposable
{
    /// <summary>The container's partition key path.</summary>
    public const string PartitionKeyPath = "/partitionKey";

    private readonly CosmosDocumentStoreOptions _options;
    private readonly CosmosClient _client;
    private Task<Container>? _container;

    /// <summary>Creates the store; nothing is contacted before the first call.</summary>
    /// <exception cref="ArgumentException">The connection string has no valid AccountEndpoint.</exception>
    public CosmosDocumentStore(CosmosDocumentStoreOptions options)
    {
        _options = options;
        _client = CosmosAccount.Connect(options.ConnectionString, applicationName: $"waste-documents-{options.Container}");
    }

    /// <inheritdoc />
    public async Task<StoredDocument?> ReadAsync(DocumentKey key, CancellationToken cancellationToken)
    {
        var container = await ContainerAsync(cancellationToken);
        using var response = await container.ReadItemStreamAsync(key.Id, new PartitionKey(key.Partition), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var envelope = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        var json = envelope.RootElement.TryGetProperty("document", out var document)
            ? JsonSerializer.SerializeToUtf8Bytes(document)
            : throw new JsonException($"Cosmos DB item {key} has no 'document' member");
        return new StoredDocument(json, response.Headers.ETag);
    }

    /// <inheritdoc />
    public async Task<string?> CreateAsync(DocumentKey key, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        DocumentJson.Check(key, json);
        var container = await ContainerAsync(cancellationToken);
        using var content = Envelope(key, json);
        using var response = await container.CreateItemStreamAsync(content, new PartitionKey(key.Partition), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    /// <inheritdoc />
    public async Task<string?> ReplaceAsync(DocumentKey key, ReadOnlyMemory<byte> json, string etag, CancellationToken cancellationToken)
    {
        DocumentJson.Check(key, json);
        if (string.IsNullOrEmpty(etag))
        {
            // The SDK sends no If-Match for an empty ETag and would replace whatever is stored.
            return null;
        }

        var container = await ContainerAsync(cancellationToken);
        using var content = Envelope(key, json);
        using var response = await container.ReplaceItemStreamAsync(content, key.Id, new PartitionKey(key.Partition),
            new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    /// <summary>Closes the client.</summary>
    public void Dispose() => _client.Dispose();

    private Task<Container> ContainerAsync(CancellationToken cancellationToken)
    {
        var container = _container;
        if (container is null || container.IsFaulted || container.IsCanceled)
        {
            _container = container = CreateContainerAsync(cancellationToken);
        }

        return container;
    }

    private async Task<Container> CreateContainerAsync(CancellationToken cancellationToken)
    {
        Database database = await _client.CreateDatabaseIfNotExistsAsync(_options.Database, cancellationToken: cancellationToken);
        ContainerResponse container = await database.CreateContainerIfNotExistsAsync(
            new ContainerProperties(_options.Container, PartitionKeyPath), cancellationToken: cancellationToken);
        return container.Container;
    }

    private static MemoryStream Envelope(DocumentKey key, ReadOnlyMemory<byte> json)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", key.Id);
            writer.WriteString("partitionKey", key.Partition);
            writer.WritePropertyName("document");
            writer.WriteRawValue(json.Span);
            writer.WriteEndObject();
        }

        return new MemoryStream(buffer.WrittenMemory.ToArray(), writable: false);
    }
}
