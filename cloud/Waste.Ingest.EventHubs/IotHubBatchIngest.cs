using Azure.Messaging.EventHubs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waste.Hub;

namespace Waste.Ingest.EventHubs;

/// <summary>
/// Hands a partition's batch of hub events to the <see cref="TelemetryPipeline"/>, in order, each until it is stored,
/// then checkpoints the batch's last event. A message whose storage failed is handed again after a growing wait, and
/// nothing after it is handed or checkpointed meanwhile: a checkpoint never passes a message that was not stored. If
/// the partition is taken away (shutdown, another silo took it) during a wait, the batch ends without a checkpoint and
/// its next owner reads from the previous one: at-least-once, and the grains' de-duplication on (device, sequence
/// number) makes it exactly-once in state. Events that are no device's telemetry are counted and skipped.
/// </summary>
public sealed partial class IotHubBatchIngest(
    TelemetryPipeline pipeline,
    IotHubIngestMetrics metrics,
    IOptions<IotHubIngestOptions> options,
    ILogger<IotHubBatchIngest> logger)
{
    /// <summary>Ingests <paramref name="events"/> of partition <paramref name="partitionId"/>, oldest first, and
    /// calls <paramref name="checkpoint"/> with the last one once all are stored or skipped.</summary>
    public async Task IngestAsync(
        string partitionId, IEnumerable<EventData> events, Func<EventData, CancellationToken, Task> checkpoint, CancellationToken cancellationToken)
    {
        EventData? last = null;
        foreach (var data in events)
        {
            metrics.EventRead();
            if (IotHubEventMapping.Map(data, out var rejection) is { } telemetry)
            {
                if (!await StoreAsync(partitionId, data, telemetry, cancellationToken))
                {
                    return;
                }
            }
            else
            {
                metrics.EventSkipped(rejection!.Value);
                LogSkipped(partitionId, data.SequenceNumber, rejection.Value);
            }

            last = data;
        }

        if (last is not null)
        {
            await checkpoint(last, cancellationToken);
            metrics.CheckpointWritten();
        }
    }

    // True once stored; false when the partition was taken away first.
    private async Task<bool> StoreAsync(string partitionId, EventData data, IotHubTelemetry telemetry, CancellationToken cancellationToken)
    {
        var delay = options.Value.StoreRetryDelay;
        try
        {
            while (!await pipeline.HandleAsync(telemetry.DeviceId, telemetry.Payload, telemetry.EnqueuedAt, cancellationToken))
            {
                metrics.StoreRetried();
                LogStoreFailed(partitionId, data.SequenceNumber, telemetry.DeviceId, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxStoreRetryDelay.Ticks));
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(partitionId, data.SequenceNumber);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "IoT Hub partition {PartitionId}: event {Sequence} skipped, {Reason}")]
    private partial void LogSkipped(string partitionId, long sequence, IotHubEventRejection reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "IoT Hub partition {PartitionId}: event {Sequence} from {DeviceId} not stored; the partition waits {Delay} and tries again")]
    private partial void LogStoreFailed(string partitionId, long sequence, string deviceId, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "IoT Hub partition {PartitionId} released at event {Sequence}, not stored: its next owner reads it again")]
    private partial void LogAbandoned(string partitionId, long sequence);
}
