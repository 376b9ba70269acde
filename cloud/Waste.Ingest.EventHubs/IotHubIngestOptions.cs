namespace Waste.Ingest.EventHubs;

/// <summary>
/// Where the hub's built-in endpoint is and how it is read (configuration section <see cref="Section"/>). The
/// connection string is the hub's "Event Hub-compatible endpoint" (Azure portal: the IoT hub, Built-in endpoints),
/// with <c>EntityPath</c>, using a policy with the <c>service</c> permission.
/// </summary>
public sealed class IotHubIngestOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Hub:AzureIotHub";

    /// <summary><c>Endpoint=sb://...servicebus.windows.net/;SharedAccessKeyName=service;SharedAccessKey=...;EntityPath=...</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The Event Hubs-compatible name; only needed when the connection string has no <c>EntityPath</c>.</summary>
    public string? EventHubName { get; set; }

    /// <summary>The consumer group; give the cloud one of its own (the hub's <c>$Default</c> is often taken by tools).</summary>
    public string ConsumerGroup { get; set; } = "$Default";

    /// <summary>Events handed over per batch, at most; a checkpoint follows each batch.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The first wait before a message whose storage failed is handed again; it doubles up to
    /// <see cref="MaxStoreRetryDelay"/>.</summary>
    public TimeSpan StoreRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts to store one message.</summary>
    public TimeSpan MaxStoreRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where checkpoints and partition ownership are kept: <c>Sqlite</c> (one machine) or <c>Cosmos</c>
    /// (a cluster; <see cref="CheckpointCosmos"/>).</summary>
    public string CheckpointStore { get; set; } = "Sqlite";

    /// <summary>The Cosmos DB account and container for checkpoints, when <see cref="CheckpointStore"/> is Cosmos.</summary>
    public Reports.Cosmos.CosmosDocumentStoreOptions CheckpointCosmos { get; set; } = new() { Container = "ingest-checkpoints" };
}
