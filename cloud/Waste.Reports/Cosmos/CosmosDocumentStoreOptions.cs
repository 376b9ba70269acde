namespace Waste.Reports.Cosmos;

/// <summary>Which Cosmos DB account, database and container hold the documents.</summary>
public sealed class CosmosDocumentStoreOptions
{
    /// <summary>The account's connection string, <c>AccountEndpoint=https://...;AccountKey=...;</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The database; created at first use when missing.</summary>
    public string Database { get; set; } = "waste";

    /// <summary>The container; created at first use when missing, partitioned on
    /// <see cref="CosmosDocumentStore.PartitionKeyPath"/>.</summary>
    public string Container { get; set; } = "reports";
}
