using System.Buffers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Hub;

/// <summary>
/// What happens to a telemetry payload whichever broker carried it: parse, check against the registry, hand to the
/// ingest, count. Bad input is counted and dropped, and its reason logged (<see cref="RefusalLog"/>: at most 20 lines
/// a minute); only a storage failure leaves the message unacknowledged.
/// </summary>
public sealed partial class TelemetryPipeline(
    IDeviceRegistry registry,
    ITelemetryIngest ingest,
    HubMetrics metrics,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    ILogger<TelemetryPipeline> logger)
{
    private readonly RefusalLog _refusals = new(logger, TimeProvider.System);

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
            _refusals.Refused(deviceId, parsed.Reason.Value.ToString(), parsed.Detail);
            return true;
        }

        var device = registry.Find(deviceId);
        if (device is null || device.State == DeviceState.Revoked)
        {
            // Only through an external broker can a device the registry no longer accepts still publish.
            metrics.MessageRejected(RejectionReason.UnknownDevice);
            _refusals.Refused(deviceId, nameof(RejectionReason.UnknownDevice), "not an active registered device");
            return true;
        }

        if (device.Kind != message.Kind)
        {
            metrics.MessageRejected(RejectionReason.KindMismatch);
            _refusals.Refused(deviceId, nameof(RejectionReason.KindMismatch), $"registered as {device.Kind}, sent {message.Kind}");
            return true;
        }

        try
        {
            var outcome = await ingest.IngestAsync(message, cancellationToken);
            metrics.Ingested(outcome);
            foreach (var refused in outcome.Rejected.GroupBy(r => r.Reason))
            {
                _refusals.Refused(deviceId, refused.Key.ToString(), $"{refused.Count()} of {message.Readings.Count} readings, seq {refused.Min(r => r.Sequence)} to {refused.Max(r => r.Sequence)}");
            }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Telemetry from {DeviceId} not stored; left unacknowledged for resending")]
    private partial void LogIngestFailed(Exception exception, string deviceId);
}
