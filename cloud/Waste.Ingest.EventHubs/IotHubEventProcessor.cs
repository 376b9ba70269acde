using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Primitives;
using Azure.Messaging.EventHubs.Processor;
using Microsoft.Extensions.Logging;

namespace Waste.Ingest.EventHubs;

/// <summary>
/// Reads IoT Hub's built-in endpoint with the Event Hubs SDK's processor: it balances the partitions among the silos
/// through the checkpoint store's ownership records and starts each partition after its checkpoint. Each batch goes
/// to <see cref="IotHubBatchIngest"/>, which stores it and then checkpoints.
/// </summary>
public sealed partial class IotHubEventProcessor : PluggableCheckpointStoreEventProcessor<EventProcessorPartition>
{
    private readonly IotHubBatchIngest _ingest;
    private readonly ILogger _logger;

    /// <summary>Creates the processor; nothing is contacted before it starts.</summary>
    public IotHubEventProcessor(CheckpointStore checkpoints, IotHubIngestOptions options, IotHubBatchIngest ingest, ILogger<IotHubEventProcessor> logger)
        : base(checkpoints, options.BatchSize, options.ConsumerGroup, options.ConnectionString, options.EventHubName, new EventProcessorOptions())
    {
        _ingest = ingest;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override Task OnProcessingEventBatchAsync(IEnumerable<EventData> events, EventProcessorPartition partition, CancellationToken cancellationToken) =>
        _ingest.IngestAsync(partition.PartitionId, events,
            (last, token) => UpdateCheckpointAsync(partition.PartitionId, CheckpointPosition.FromEvent(last), token), cancellationToken);

    /// <inheritdoc />
    protected override Task OnProcessingErrorAsync(Exception exception, EventProcessorPartition partition, string operationDescription, CancellationToken cancellationToken)
    {
        LogProcessorError(exception, partition?.PartitionId ?? "-", operationDescription);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "IoT Hub endpoint, partition {PartitionId}: {Operation} failed")]
    private partial void LogProcessorError(Exception exception, string partitionId, string operation);
}
