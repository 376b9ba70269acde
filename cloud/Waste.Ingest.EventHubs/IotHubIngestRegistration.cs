using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waste.Ingest.EventHubs.Checkpoints;
using Waste.Reports.Cosmos;
using Waste.Reports.Documents;
using Waste.Reports.Sqlite;

namespace Waste.Ingest.EventHubs;

/// <summary>Adds ingestion from Azure IoT Hub's built-in endpoint. The host calls it when <c>Hub:Mode</c> is
/// <c>AzureIotHub</c>, in place of the embedded MQTT hub; the <see cref="Hub.TelemetryPipeline"/> it feeds must be
/// registered already.</summary>
public static class IotHubIngestRegistration
{
    /// <summary>Registers the processor, its checkpoint store and a hosted service that runs it, from the
    /// configuration section <see cref="IotHubIngestOptions.Section"/>. SQLite checkpoints go to
    /// <paramref name="sqliteCheckpointPath"/>.</summary>
    /// <exception cref="InvalidOperationException">No connection string, or an unknown or unconfigured checkpoint store.</exception>
    public static IServiceCollection AddAzureIotHubIngest(this IServiceCollection services, IConfiguration configuration, string sqliteCheckpointPath)
    {
        var section = configuration.GetSection(IotHubIngestOptions.Section);
        var options = section.Get<IotHubIngestOptions>() ?? new IotHubIngestOptions();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException($"{IotHubIngestOptions.Section}:ConnectionString is not set: give the hub's Event Hub-compatible endpoint");
        }

        Func<IDocumentStore> checkpoints = options.CheckpointStore.ToUpperInvariant() switch
        {
            "SQLITE" => () => new SqliteDocumentStore(sqliteCheckpointPath),
            "COSMOS" when !string.IsNullOrWhiteSpace(options.CheckpointCosmos.ConnectionString) => () => new CosmosDocumentStore(options.CheckpointCosmos),
            "COSMOS" => throw new InvalidOperationException($"{IotHubIngestOptions.Section}:CheckpointStore is Cosmos but {IotHubIngestOptions.Section}:CheckpointCosmos:ConnectionString is not set"),
            _ => throw new InvalidOperationException($"{IotHubIngestOptions.Section}:CheckpointStore is '{options.CheckpointStore}'; it must be Sqlite or Cosmos"),
        };
        services.Configure<IotHubIngestOptions>(section);
        services.AddSingleton<IotHubIngestMetrics>();
        services.AddSingleton<IotHubBatchIngest>();
        services.AddKeyedSingleton(IotHubIngestOptions.Section, (_, _) => checkpoints());
        services.AddSingleton(provider => new IotHubEventProcessor(
            new DocumentCheckpointStore(provider.GetRequiredKeyedService<IDocumentStore>(IotHubIngestOptions.Section), TimeProvider.System),
            provider.GetRequiredService<IOptions<IotHubIngestOptions>>().Value,
            provider.GetRequiredService<IotHubBatchIngest>(),
            provider.GetRequiredService<ILogger<IotHubEventProcessor>>()));
        services.AddHostedService<IotHubIngestService>();
        return services;
    }
}
