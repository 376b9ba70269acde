using Waste.Hub;
using Waste.Telemetry;

namespace Waste.Broker.Tests.Broker;

/// <summary>The real ingest, counting the messages that went through it.</summary>
internal sealed class CountingIngest(ITelemetryIngest inner) : ITelemetryIngest
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task<IngestOutcome> IngestAsync(TelemetryMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return inner.IngestAsync(message, cancellationToken);
    }
}
