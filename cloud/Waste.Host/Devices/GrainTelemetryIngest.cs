using Waste.Grains.Bins;
using Waste.Grains.Toilets;
using Waste.Hub;
using Waste.Telemetry;

namespace Waste.Host.Devices;

/// <summary>Hands each device's telemetry to that device's grain.</summary>
public sealed class GrainTelemetryIngest(IGrainFactory grains) : ITelemetryIngest
{
    /// <inheritdoc />
    public Task<IngestOutcome> IngestAsync(TelemetryMessage message, CancellationToken cancellationToken) => message.Kind switch
    {
        DeviceKind.Bin => grains.GetGrain<IBinGrain>(message.DeviceId).Ingest(message),
        DeviceKind.Toilet => grains.GetGrain<IToiletGrain>(message.DeviceId).Ingest(message),
        _ => Task.FromResult(IngestOutcome.RejectedMessage(message, RejectionReason.KindMismatch)),
    };
}
