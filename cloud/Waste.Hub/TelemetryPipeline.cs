using System.Buffers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Hub;

/// <summary>
/// What happens to a telemetry payload whichever broker carried it: parse, check against the registry, hand to the
/// ingest, count. Bad input is counted and dropped; only a storage failure leaves the message unacknowledged.
/// </summary>
public sealed partial class TelemetryPipeline(
    IDeviceRegistry registry,
    ITelemetryIngest ingest,
    HubMetrics metrics,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    ILogger<TelemetryPipeline> logger)
{
    /// <summary>Handles one payload from <paramref name="deviceId"/>; false when it must not be acknowledged (storage
    /// failed, so the device or broker resends it).</summary>
    public Task<bool> HandleAsync(string deviceId, ReadOnlySequence<byte> payload, CancellationToken cancellationToken) =>
        HandleAsync(deviceId, payload, time.GetUtcNow(), cancellationToken);

    /// <summary>Handles one payload from <paramref name="deviceId"/> that a broker took at <paramref name="receivedAt"/>
    /// (read later from its queue, as from IoT Hub's endpoint); false when it must not be acknowledged.</summary>
    public async Task<bool> HandleAsync(string deviceId, ReadOnlySequence<byte> payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        metrics.MessageReceived();
        var parsed = TelemetryParser.Parse(payload, deviceId, receivedAt);
        if (parsed.Message is not { } message)
        {
            metrics.MessageRejected(parsed.Reason!.Value);
            LogMessageRejected(deviceId, parsed.Reason.Value, parsed.Detail);
            return true;
        }

        var device = registry.Find(deviceId);
        if (device is null || device.State == DeviceState.Revoked)
        {
            // Only through an external broker can a device the registry no longer accepts still publish.
            metrics.MessageRejected(RejectionReason.UnknownDevice);
            LogMessageRejected(deviceId, RejectionReason.UnknownDevice, "not an active registered device");
            return true;
        }

        if (device.Kind != message.Kind)
        {
            metrics.MessageRejected(RejectionReason.KindMismatch);
            LogMessageRejected(deviceId, RejectionReason.KindMismatch, $"registered as {device.Kind}, sent {message.Kind}");
            return true;
        }

        try
        {
            metrics.Ingested(await ingest.IngestAsync(message, cancellationToken));
            if (message.DroppedByDevice > 0)
            {
                metrics.DroppedByDevices(message.DroppedByDevice);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.IngestFailed();
            LogIngestFailed(exception, deviceId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message from {DeviceId} dropped: {Reason} ({Detail})")]
    private partial void LogMessageRejected(string deviceId, RejectionReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telemetry from {DeviceId} not stored; left unacknowledged for resending")]
    private partial void LogIngestFailed(Exception exception, string deviceId);
}
