namespace Waste.Storage.Cosmos;

/// <summary>Which Cosmos DB account, database and container hold grain state, and how large one state may be.</summary>
public sealed class CosmosGrainStorageOptions
{
    /// <summary>The account's connection string, <c>AccountEndpoint=https://...;AccountKey=...;</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The database; created at start when missing.</summary>
    public string Database { get; set; } = "waste";

    /// <summary>The container; created at start when missing, partitioned on
    /// <see cref="GrainStateDocument{T}.PartitionKeyPath"/>.</summary>
    public string Container { get; set; } = "grain-state";

    /// <summary>The largest document, as UTF-8 JSON, the store sends. Cosmos DB refuses items over 2 MB; this stays
    /// under that with room for the properties Cosmos adds, so an oversize state fails here with a clear error
    /// before any request.</summary>
    public int MaxDocumentBytes { get; set; } = 2_000_000;
}
