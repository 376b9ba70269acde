using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waste.Forecasting;
using Waste.Grains.Alerts;
using Waste.Grains.Devices;
using Waste.Grains.Events;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Grains.Bins;

/// <summary>
/// One bin. Each reading is checked and de-duplicated, then teaches the fill model (emptyings recognised on the way),
/// fills the history and is weighed against the alert rules; the state is persisted before the grain answers, so an
/// acknowledged reading survives a silo dying the next moment. Alerts and ward totals leave through the outbox after
/// the save. Silence is watched by a <see cref="SilenceWatchGrain"/> of the bin's ward, so the grain keeps nothing in memory
/// between readings that its state does not hold, and may be collected while the bin is idle.
/// </summary>
public sealed partial class BinGrain(
    [PersistentState("bin", StorageNames.Devices)] IPersistentState<BinState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IDeviceRegistry registry,
    IOptions<DeviceRules> rules,
    ILogger<BinGrain> logger) : Grain, IBinGrain
{
    private static readonly FillModelSettings ModelSettings = FillModelSettings.Default;

    // The cloud's own sensor faults, beside those the device reports (see AlertRule.SensorFault).
    private const string StuckDistance = "stuck_distance";
    private const string ImpossibleJumps = "impossible_jumps";
    private RatePrior _prior = RatePrior.CityDefault;

    private string DeviceId => this.GetPrimaryKeyString();

    private DeviceRules Rules => rules.Value;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await RefreshPriorAsync();
    }

    /// <inheritdoc />
    public async Task<IngestOutcome> Ingest(TelemetryMessage message)
    {
        var bin = state.State;
        var device = registry.Find(DeviceId);
        var conditions = new DeviceConditions(DeviceId, device, bin.Conditions, bin.Outbox);
        var (taken, outcome) = bin.Intake.Take(message, time.GetUtcNow(), device?.SequenceResets ?? 0);
        conditions.Set(AlertKind.Offline, false, message.ReceivedAt);
        foreach (var reading in taken)
        {
            Learn(reading, device, conditions);
        }

        await WatchSilenceAsync(device);
        await ScheduleSamplingAsync();
        await PersistAsync();
        await DeliverAsync();
        if (bin.Model.LevelTime is { } level && (bin.RatesReportedAt is not { } reported || level - reported >= TimeSpan.FromDays(1)))
        {
            bin.RatesReportedAt = level;
            await ShareRatesAsync();
        }

        return outcome;
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> CheckSilence(string watch)
    {
        var bin = state.State;
        var device = registry.Find(DeviceId);
        if (device is not { State: DeviceState.Active } || SilenceWatchKey.Of(DeviceId, device) != watch
            || bin.Intake.LastMessageAt is not { } last || bin.Conditions.IsActive(AlertKind.Offline))
        {
            bin.SilenceWatchedUntil = null;
            return null;
        }

        var deadline = last + Rules.OfflineAfter;
        if (time.GetUtcNow() < deadline)
        {
            // Asked early (a message came since the deadline was set): the watch waits for the new one.
            bin.SilenceWatchedUntil = deadline;
            return deadline;
        }

        var conditions = new DeviceConditions(DeviceId, device, bin.Conditions, bin.Outbox);
        conditions.Set(AlertKind.Offline, true, deadline, new AlertReason { Rule = AlertRule.NoMessage, Since = last, Limit = Rules.OfflineAfter.TotalHours });
        bin.SilenceWatchedUntil = null;
        await PersistAsync();
        await DeliverAsync();
        return null;
    }

    /// <inheritdoc />
    public Task<BinSnapshot> GetSnapshot()
    {
        var bin = state.State;
        return Task.FromResult(new BinSnapshot
        {
            DeviceId = DeviceId,
            Latest = bin.Intake.Latest,
            ReadingsStored = bin.Intake.Stored,
            ReadingsRejected = bin.Intake.Rejected,
            HighestSequence = bin.Intake.Sequences.Highest,
            LastMessageAt = bin.Intake.LastMessageAt,
            LevelPercent = bin.Model.LevelTime is null ? null : bin.Model.Level,
            LevelAt = bin.Model.LevelTime,
            Conditions = [.. bin.Conditions.Active.Order()],
            RecentCollections = [.. bin.RecentCollections],
            Sequence = bin.Intake.Status(registry.Find(DeviceId)?.SequenceResets ?? 0),
        });
    }

    /// <inheritdoc />
    public Task<BinForecast?> GetForecast(TimeSpan horizon)
    {
        var model = state.State.Model;
        if (model.LevelTime is not { } from)
        {
            return Task.FromResult<BinForecast?>(null);
        }

        var device = registry.Find(DeviceId);
        var projection = FillForecaster.Project(model, _prior, ModelSettings, from + horizon);
        return Task.FromResult<BinForecast?>(new BinForecast
        {
            DeviceId = DeviceId,
            Stream = device?.Stream,
            CapacityLitres = device?.CapacityLitres,
            LevelPercent = model.Level,
            LevelAt = projection.From,
            Threshold = projection.TimeToReach(Rules.CollectionThresholdPercent),
            Full = projection.TimeToReach(100),
            Projection = projection,
            MostlyPrior = model.Rates.HoursLearnt < BinForecast.OwnHistory.TotalHours || model.DistrustedSince is not null,
            OwnHistoryAt = model.Rates.HoursLearnt < BinForecast.OwnHistory.TotalHours
                ? from + TimeSpan.FromHours(BinForecast.OwnHistory.TotalHours - model.Rates.HoursLearnt)
                : null,
            RecentCollections = [.. state.State.RecentCollections],
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<(DateTimeOffset Time, double FillPercent)>> GetHistory(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult(state.State.History.Between(from, to));

    private void Learn(DeviceReading reading, RegisteredDevice? device, DeviceConditions conditions)
    {
        var bin = state.State;
        var at = reading.Time;
        var faults = new List<string>(reading.Faults);
        if (reading.FillPercent is { } fill && reading.Faults.Count == 0)
        {
            TrackSensor(reading, fill, faults);
            bin.History.Record(at, fill);
            if (faults.Count > 0)
            {
                // A stuck or jumping sensor's readings are not the bin's fill, since the first identical one or the
                // first of the day's jumps: the model forgets the level they made.
                var since = bin.StuckSince ?? at;
                bin.Model.Distrust(bin.RecentJumps.Count > 0 && bin.RecentJumps[0] < since ? bin.RecentJumps[0] : since);
            }
            else if (bin.Model.Observe(new FillObservation(at, fill), _prior, ModelSettings).Collection is { } collection)
            {
                Emptied(collection, device);
            }

            TrackOverflow(at, fill, device, conditions);
        }

        var fire = Fire(reading);
        conditions.Set(AlertKind.BinFire, fire is not null, at, fire);
        conditions.Set(AlertKind.BinTilt, reading.Alarms.Contains(DeviceAlarms.Tilt), at, AlertReason.Alarm(DeviceAlarms.Tilt));
        conditions.Set(AlertKind.BinLidOpen, reading.Alarms.Contains(DeviceAlarms.LidOpen), at, AlertReason.Alarm(DeviceAlarms.LidOpen));
        var battery = LowBattery(reading);
        conditions.Set(AlertKind.LowBattery, battery is not null, at, battery);
        conditions.Set(AlertKind.SensorFault, faults.Count > 0, at, new AlertReason
        {
            Rule = AlertRule.SensorFault,
            Codes = [.. faults],
            Value = faults.Contains(StuckDistance) ? bin.StuckStreak : null,
            Count = faults.Contains(ImpossibleJumps) ? bin.RecentJumps.Count : null,
        });
    }

    private void TrackSensor(DeviceReading reading, double fill, List<string> faults)
    {
        var bin = state.State;
        bin.StuckStreak = reading.DistanceMetres is { } distance && bin.LastDistance is { } last && Math.Abs(distance - last) < 0.0005
            ? bin.StuckStreak + 1
            : 0;
        bin.LastDistance = reading.DistanceMetres;
        bin.StuckSince = bin.StuckStreak > 0 ? bin.StuckSince ?? bin.LastFill?.Time ?? reading.Time : null;
        if (bin.StuckStreak >= Rules.StuckSensorReadings)
        {
            faults.Add(StuckDistance);
        }

        if (bin.LastFill is { } previous && fill - previous.FillPercent > Rules.ImpossibleJumpPercent && reading.Time - previous.Time < TimeSpan.FromHours(1))
        {
            bin.RecentJumps.Add(reading.Time);
        }

        bin.RecentJumps.RemoveAll(jump => reading.Time - jump > TimeSpan.FromDays(1));
        if (bin.RecentJumps.Count >= Rules.ImpossibleJumpsPerDay)
        {
            faults.Add(ImpossibleJumps);
        }

        bin.LastFill = new FillObservation(reading.Time, fill);
    }

    private void Emptied(Collection collection, RegisteredDevice? device)
    {
        var bin = state.State;
        bin.RecentCollections.Add(collection);
        if (bin.RecentCollections.Count > 20)
        {
            bin.RecentCollections.RemoveAt(0);
        }

        if (device?.Stream is { } stream && device.CapacityLitres is { } capacity)
        {
            bin.Outbox.Add(new BinEmptied(ZoneKey.Of(device), DeviceId, stream, collection.Time, capacity * collection.CollectedPercent / 100));
        }
    }

    // Overflow hours go to the ward as they accrue, so a report on an ongoing overflow is already right. The rule is the
    // reading's fill against the overflow level, and the alert says that reading (not the denoised level, which lags a
    // sudden fill).
    private void TrackOverflow(DateTimeOffset at, double fill, RegisteredDevice? device, DeviceConditions conditions)
    {
        var bin = state.State;
        var overflowing = fill >= Rules.OverflowPercent;
        if (bin.OverflowSince is { } since)
        {
            bin.Outbox.Add(new BinOverflowed(ZoneKey.Of(device), DeviceId, since, at));
        }

        bin.OverflowSince = overflowing ? bin.OverflowSince ?? at : null;
        conditions.Set(AlertKind.BinOverflow, overflowing, at, AlertReason.Overflow(fill, Rules.OverflowPercent));
    }

    // Why the bin is on fire, or null: its own alarm, a temperature over the limit, or one rising too fast.
    private AlertReason? Fire(DeviceReading reading)
    {
        var bin = state.State;
        if (reading.Alarms.Contains(DeviceAlarms.Fire))
        {
            return AlertReason.Alarm(DeviceAlarms.Fire);
        }

        if (reading.TemperatureCelsius is not { } celsius)
        {
            return null;
        }

        var previous = bin.LastTemperature;
        bin.LastTemperature = new TemperatureSample(reading.Time, celsius);
        if (celsius >= Rules.FireTemperatureCelsius)
        {
            return new AlertReason { Rule = AlertRule.TemperatureAtFire, Value = celsius, Limit = Rules.FireTemperatureCelsius };
        }

        var minutes = previous is { } p ? (reading.Time - p.Time).TotalMinutes : 0;
        double? rise = previous is { } before && minutes is > 0 and <= 30 ? (celsius - before.Celsius) / minutes : null;
        return rise >= Rules.FireRiseCelsiusPerMinute
            ? new AlertReason { Rule = AlertRule.TemperatureRising, Value = Math.Round(rise.Value, 2), Limit = Rules.FireRiseCelsiusPerMinute }
            : null;
    }

    // Why the battery is low, or null: the device's alarm, or readings in a row under the limit.
    private AlertReason? LowBattery(DeviceReading reading)
    {
        var bin = state.State;
        if (reading.BatteryVolts is { } volts)
        {
            bin.LowBatteryStreak = volts < Rules.LowBatteryVolts ? bin.LowBatteryStreak + 1 : 0;
        }

        return reading.Alarms.Contains(DeviceAlarms.LowBattery) ? AlertReason.Alarm(DeviceAlarms.LowBattery)
            : bin.LowBatteryStreak >= Rules.LowBatteryReadings
                ? new AlertReason { Rule = AlertRule.BatteryLow, Value = reading.BatteryVolts, Limit = Rules.LowBatteryVolts, Count = bin.LowBatteryStreak }
                : null;
    }

    // The watch wakes the bin at the deadline it holds and learns the later one then, so a bin registers only when the
    // watch holds none for it: at its first message, after an offline spell, or when the deadline it knows of passed
    // while the grain was out of memory (registering again is harmless).
    private async Task WatchSilenceAsync(RegisteredDevice? device)
    {
        var bin = state.State;
        if (bin.Intake.LastMessageAt is not { } last || (bin.SilenceWatchedUntil is { } until && until > time.GetUtcNow()))
        {
            return;
        }

        var deadline = last + Rules.OfflineAfter;
        try
        {
            await GrainFactory.GetGrain<ISilenceWatchGrain>(SilenceWatchKey.Of(DeviceId, device)).Watch(DeviceId, deadline);
            bin.SilenceWatchedUntil = deadline;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reading is still stored; the next message registers again.
            LogWatchUnavailable(e, DeviceId);
        }
    }

    // The schedule goes to the twin, not to the connected device: the bin reads it with its twin at its next upload.
    private async Task ScheduleSamplingAsync()
    {
        var bin = state.State;
        if (!Rules.SampleFromForecast || bin.Model.LevelTime is not { } from)
        {
            return;
        }

        var now = time.GetUtcNow();
        var until = (now > from ? now : from) + SamplingSchedule.NearWithin;
        var crossing = FillForecaster.Project(bin.Model, _prior, ModelSettings, until).TimeToReach(Rules.CollectionThresholdPercent).Soonest;
        var schedule = SamplingSchedule.For(now, crossing);
        if (schedule == bin.Sampling)
        {
            return;
        }

        try
        {
            if ((await GrainFactory.GetGrain<IDeviceTwinGrain>(DeviceId).PatchDesiredForNextConnection(schedule.DesiredPatch())).Applied)
            {
                bin.Sampling = schedule;
            }
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // The reading is stored either way; the next message tries again.
            LogScheduleUnavailable(e, DeviceId);
        }
    }

    private async Task RefreshPriorAsync()
    {
        try
        {
            _prior = await GrainFactory.GetGrain<IZoneGrain>(ZoneKey.Of(registry.Find(DeviceId))).GetRatePrior();
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogPriorUnavailable(e, DeviceId);
        }
    }

    // Once a day, after the reading is safe: the answer waits for the ward to take the share, so the shares of one
    // simulated step have all arrived before the next step's clock (see ZoneGrain.PriorSlot).
    private async Task ShareRatesAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IZoneGrain>(ZoneKey.Of(registry.Find(DeviceId))).ReportRates(DeviceId, state.State.Model.Share);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogPriorUnavailable(e, DeviceId);
        }

        await RefreshPriorAsync();
    }

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
            LogWriteFailed(exception, DeviceId);
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task DeliverAsync()
    {
        if (await state.State.Outbox.DeliverAsync(GrainFactory) is { } failure)
        {
            LogDeliveryDelayed(failure, DeviceId, state.State.Outbox.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bin {DeviceId}: state not persisted; reloading from storage")]
    private partial void LogWriteFailed(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bin {DeviceId}: {Pending} events wait for delivery; retried with the next message")]
    private partial void LogDeliveryDelayed(Exception exception, string deviceId, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bin {DeviceId}: its silence watch is unavailable; registering again with the next message")]
    private partial void LogWatchUnavailable(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bin {DeviceId}: its twin is unavailable; its sampling schedule is set with the next message")]
    private partial void LogScheduleUnavailable(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bin {DeviceId}: ward profile unavailable; keeping the one it has")]
    private partial void LogPriorUnavailable(Exception exception, string deviceId);
}
