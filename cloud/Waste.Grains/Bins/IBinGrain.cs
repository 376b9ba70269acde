using Orleans.Concurrency;
using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>One waste bin: its readings become its state, its forecast and its alerts here. Keyed by device id.</summary>
public interface IBinGrain : IGrainWithStringKey
{
    /// <summary>Validates, de-duplicates and stores the message's readings; returns once they are durable.</summary>
    Task<IngestOutcome> Ingest(TelemetryMessage message);

    /// <summary>Asked by the silence watch <paramref name="watch"/> when the bin's deadline passed: raises the offline
    /// alert if the silence has lasted. Returns the next deadline to watch for, or null when the watch should forget the
    /// bin (offline now, revoked, or moved to another ward's watch; it registers again with its next message).</summary>
    Task<DateTimeOffset?> CheckSilence(string watch);

    /// <summary>The bin as the cloud sees it now.</summary>
    Task<BinSnapshot> GetSnapshot();

    /// <summary>The fill forecast up to <paramref name="horizon"/> ahead of the last reading; null before any reading.</summary>
    Task<BinForecast?> GetForecast(TimeSpan horizon);

    /// <summary>Recorded fill between two times: every 15 minutes for the last week, hourly before it (30 days kept).</summary>
    Task<IReadOnlyList<(DateTimeOffset Time, double FillPercent)>> GetHistory(DateTimeOffset from, DateTimeOffset to);
}
