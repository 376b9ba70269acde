using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Waste.Grains.Devices;
using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>
/// A silence watch (a share of one ward's bins, see <see cref="SilenceWatchKey"/>): the bins' offline deadlines,
/// persisted, and one timer on the event clock for the earliest. When deadlines pass it asks those bins whether they
/// are silent (activating them if need be); a bin that reported since answers with its new deadline, so a regularly
/// reporting bin costs the watch one call per deadline period.
/// Reentrant so a bin registering never waits behind a check (a check waits on bins, and a bin may be waiting on its
/// registration); registrations arriving together share one write. Kept active: its timer is the whole point.
/// </summary>
[Reentrant]
[KeepAlive]
public sealed partial class SilenceWatchGrain(
    [PersistentState("silence-watch", StorageNames.Devices)] IPersistentState<SilenceWatchState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    ILogger<SilenceWatchGrain> logger) : Grain, ISilenceWatchGrain
{
    /// <summary>Bins asked at once; more due wait for the next turn of the timer, so a ward's catching up after an
    /// outage does not flood the silo.</summary>
    public const int ChecksAtOnce = 100;

    /// <summary>When a bin could not be asked (its silo busy or going away), it is asked again this much later.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly EventTimer _timer = new(time);
    private readonly CoalescedWrite _writes = new(state.WriteStateAsync);
    private bool _checking;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Arm();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _timer.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task Watch(string deviceId, DateTimeOffset due)
    {
        state.State.Due[deviceId] = due;
        await _writes.PersistAsync();
        Arm();
    }

    /// <inheritdoc />
    public Task Wake()
    {
        // Also restarts a clock that stopped because a check could not be saved.
        Arm();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task CheckDue()
    {
        // Reentrant: a registration during a check would arm the clock on the deadlines being checked and start the
        // same check again. One check at a time; it arms the clock when it ends.
        if (_checking)
        {
            return;
        }

        _checking = true;
        bool saved;
        try
        {
            saved = await CheckBatchAsync();
        }
        finally
        {
            _checking = false;
        }

        if (saved)
        {
            Arm();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, DateTimeOffset>> Deadlines() =>
        Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(new Dictionary<string, DateTimeOffset>(state.State.Due));

    // Asks the bins whose deadlines passed (up to ChecksAtOnce) and saves their answers; false when the save failed.
    private async Task<bool> CheckBatchAsync()
    {
        var now = time.GetUtcNow();
        var due = state.State.Due.Where(entry => entry.Value <= now).Take(ChecksAtOnce).ToList();
        if (due.Count > 0)
        {
            var answers = await Task.WhenAll(due.Select(entry => AskAsync(entry.Key, now)));
            foreach (var ((deviceId, asked), next) in due.Zip(answers))
            {
                // A bin that registered again while it was asked keeps its new deadline.
                if (state.State.Due.TryGetValue(deviceId, out var current) && current == asked)
                {
                    Set(deviceId, next);
                }
            }

            try
            {
                await _writes.PersistAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The answers stand in memory and go with the next write; the next wake restarts the clock.
                LogNotSaved(e, Key);
                return false;
            }
        }

        return true;
    }

    private async Task<DateTimeOffset?> AskAsync(string deviceId, DateTimeOffset now)
    {
        try
        {
            return await GrainFactory.GetGrain<IBinGrain>(deviceId).CheckSilence(Key);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogCheckFailed(e, deviceId, Key);
            return now + RetryAfter;
        }
    }

    private void Set(string deviceId, DateTimeOffset? next)
    {
        if (next is { } at)
        {
            state.State.Due[deviceId] = at;
        }
        else
        {
            state.State.Due.Remove(deviceId);
        }
    }

    private void Arm()
    {
        if (_checking || state.State.Due.Count == 0)
        {
            return;
        }

        var earliest = state.State.Due.Values.Min();
        var self = this.AsReference<ISilenceWatchGrain>();
        _timer.NoLaterThan(earliest, () => self.CheckDue());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silence watch {Watch}: deadlines not saved; checking again at the next wake")]
    private partial void LogNotSaved(Exception exception, string watch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silence watch {Watch}: bin {DeviceId} could not be asked; asking again shortly")]
    private partial void LogCheckFailed(Exception exception, string deviceId, string watch);
}
