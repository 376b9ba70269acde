using Waste.Hub;
using Waste.Telemetry;

namespace Waste.Broker.Tests.Broker;

/// <summary>A silo caught mid-write: every message it is given stays in storage until the silo dies (its
/// cancellation), so none is ever acknowledged.</summary>
internal sealed class HeldIngest : ITelemetryIngest
{
    private int _held;

    public int Held => Volatile.Read(ref _held);

    public async Task<IngestOutcome> IngestAsync(TelemetryMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _held);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
