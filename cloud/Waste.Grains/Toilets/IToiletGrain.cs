using Waste.Grains.Devices;
using Waste.Telemetry;

namespace Waste.Grains.Toilets;

/// <summary>One public toilet: visits, odour, occupancy and its faults. Keyed by device id.</summary>
public interface IToiletGrain : IWatchedDevice
{
    /// <summary>Validates, de-duplicates and stores the message's readings; returns once they are durable.</summary>
    Task<IngestOutcome> Ingest(TelemetryMessage message);

    /// <summary>Maintenance cleaned the toilet at <paramref name="at"/> (a later cleaning already recorded stands).</summary>
    Task MarkCleaned(DateTimeOffset at);

    /// <summary>The toilet as the cloud sees it now.</summary>
    Task<ToiletSnapshot> GetSnapshot();
}
