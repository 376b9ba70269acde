using System.Text.Json.Serialization;

namespace Waste.Storage.Cosmos;

/// <summary>
/// One grain's state as a Cosmos DB item. The partition key is the grain id, so each grain's states live in one
/// logical partition and every operation is a point operation on (id, partition key).
/// </summary>
internal sealed class GrainStateDocument<T>
{
    /// <summary>The container's partition key path.</summary>
    public const string PartitionKeyPath = "/partitionKey";

    /// <summary>See <see cref="CosmosDocumentId"/>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The grain id, as Orleans writes it.</summary>
    [JsonPropertyName("partitionKey")]
    public required string PartitionKey { get; init; }

    /// <summary>The state name, kept readable beside the escaped id.</summary>
    [JsonPropertyName("stateName")]
    public required string StateName { get; init; }

    /// <summary>The grain's state.</summary>
    [JsonPropertyName("state")]
    public T? State { get; init; }
}
