using Waste.Telemetry;

namespace Waste.Hub;

/// <summary>Where the hub hands a device's parsed telemetry. The call completes once the accepted readings are
/// durable: only then does the hub acknowledge the MQTT message.</summary>
public interface ITelemetryIngest
{
    /// <summary>Stores what is valid in <paramref name="message"/> and reports what became of each reading.</summary>
    Task<IngestOutcome> IngestAsync(TelemetryMessage message, CancellationToken cancellationToken);
}
