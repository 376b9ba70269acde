using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>One waste bin: its readings become its state here. Keyed by device id.</summary>
public interface IBinGrain : IGrainWithStringKey
{
    /// <summary>Validates, de-duplicates and stores the message's readings; returns once they are durable.</summary>
    Task<IngestOutcome> Ingest(TelemetryMessage message);

    /// <summary>The bin as the cloud sees it now.</summary>
    Task<BinSnapshot> GetSnapshot();
}
