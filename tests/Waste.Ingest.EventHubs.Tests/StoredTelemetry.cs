using Waste.Hub;
using Waste.Telemetry;

namespace Waste.Ingest.EventHubs.Tests;

/// <summary>
/// Stands in for the grains behind the telemetry pipeline: keeps every message it is given, and can be made to fail
/// as storage does (the pipeline then reports the message as not stored). The pipeline itself, its parser, registry
/// check and counters are the real ones.
/// </summary>
internal sealed class StoredTelemetry : ITelemetryIngest
{
    private readonly List<TelemetryMessage> _messages = [];

    /// <summary>How many of the next calls fail.</summary>
    public int FailuresLeft { get; set; }

    /// <summary>When true, every call fails.</summary>
    public bool Down { get; set; }

    /// <summary>Called as each message arrives, before it is stored or fails.</summary>
    public Action<TelemetryMessage>? Arrived { get; set; }

    public IReadOnlyList<TelemetryMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public Task<IngestOutcome> IngestAsync(TelemetryMessage message, CancellationToken cancellationToken)
    {
        Arrived?.Invoke(message);
        if (Down || FailuresLeft-- > 0)
        {
            return Task.FromException<IngestOutcome>(new IOException("grain storage unavailable (made to fail by the test)"));
        }

        lock (_messages)
        {
            _messages.Add(message);
        }

        return Task.FromResult(new IngestOutcome { Accepted = message.Readings.Count });
    }
}
