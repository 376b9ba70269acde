using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>
/// Keeps one bin's state: checks each reading, drops duplicates, remembers the latest, and persists before it
/// answers, so an acknowledged reading survives a silo dying the next moment.
/// </summary>
public sealed partial class BinGrain(
    [PersistentState("bin", StorageNames.Devices)] IPersistentState<BinState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    ILogger<BinGrain> logger) : Grain, IBinGrain
{
    /// <inheritdoc />
    public async Task<IngestOutcome> Ingest(TelemetryMessage message)
    {
        var bin = state.State;
        var now = time.GetUtcNow();
        var rejected = new List<RejectedReading>();
        var accepted = 0;
        foreach (var reading in message.Readings)
        {
            var reason = ReadingValidator.Check(reading, now) ?? SequenceReason(bin.Sequences.Check(reading.Sequence));
            if (reason is { } refused)
            {
                rejected.Add(new RejectedReading(reading.Sequence, refused));
                continue;
            }

            bin.Sequences.Record(reading.Sequence);
            if (bin.Latest is null || reading.Time >= bin.Latest.Time)
            {
                bin.Latest = reading;
            }

            accepted++;
        }

        bin.ReadingsStored += accepted;
        bin.ReadingsRejected += rejected.Count;
        bin.LastMessageAt = message.ReceivedAt;
        await PersistAsync();
        return new IngestOutcome { Accepted = accepted, Rejected = rejected };
    }

    /// <inheritdoc />
    public Task<BinSnapshot> GetSnapshot() => Task.FromResult(new BinSnapshot
    {
        DeviceId = this.GetPrimaryKeyString(),
        Latest = state.State.Latest,
        ReadingsStored = state.State.ReadingsStored,
        ReadingsRejected = state.State.ReadingsRejected,
        HighestSequence = state.State.Sequences.Highest,
        LastMessageAt = state.State.LastMessageAt,
    });

    private static RejectionReason? SequenceReason(SequenceVerdict verdict) => verdict switch
    {
        SequenceVerdict.Duplicate => RejectionReason.Duplicate,
        SequenceVerdict.TooOld => RejectionReason.TooOld,
        _ => null,
    };

    private async Task PersistAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // The in-memory state is now ahead of storage. Start over from storage on the next call, so a resent
            // message is stored rather than taken for a duplicate.
            LogWriteFailed(exception, this.GetPrimaryKeyString());
            DeactivateOnIdle();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bin {DeviceId}: state not persisted; reloading from storage")]
    private partial void LogWriteFailed(Exception exception, string deviceId);
}
