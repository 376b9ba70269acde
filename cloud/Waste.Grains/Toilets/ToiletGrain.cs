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

namespace Waste.Grains.Toilets;

/// <summary>
/// One public toilet. Readings count visits, learn how busy it is by hour of the week, and are weighed against the
/// alert rules (odour in k of n readings, stuck occupancy, leak, supplies, battery, sensor faults); on the event clock
/// the grain notices silence (offline) and an absence of visits that its own history calls abnormal. Availability
/// during opening hours goes to its ward.
/// </summary>
[CollectionAgeLimit(Days = 2)]
public sealed partial class ToiletGrain(
    [PersistentState("toilet", StorageNames.Devices)] IPersistentState<ToiletState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IDeviceRegistry registry,
    IOptions<DeviceRules> rules,
    ILogger<ToiletGrain> logger) : Grain, IToiletGrain
{
    /// <summary>Conditions that make a toilet unusable for the public.</summary>
    public static readonly IReadOnlySet<AlertKind> Unusable = new HashSet<AlertKind>
    {
        AlertKind.Offline, AlertKind.ToiletLeak, AlertKind.ToiletNoVisits, AlertKind.ToiletStuckOccupied,
    };

    // Until a toilet has a week of history, its expected visits come from this: a quiet public toilet.
    private static readonly RatePrior QuietToilet = RatePrior.Flat(2, 4);

    private readonly EventTimer _watch = new(time);

    private string DeviceId => this.GetPrimaryKeyString();

    private DeviceRules Rules => rules.Value;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Watch();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _watch.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Wake() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IngestOutcome> Ingest(TelemetryMessage message)
    {
        var toilet = state.State;
        var device = registry.Find(DeviceId);
        var conditions = new DeviceConditions(DeviceId, device, toilet.Conditions, toilet.Outbox);

        // The time since the last message counts as the conditions stood in it (offline, if it was).
        CountAvailability(device, message.ReceivedAt);
        var (taken, outcome) = toilet.Intake.Take(message, time.GetUtcNow(), device?.SequenceResets ?? 0);
        conditions.Set(AlertKind.Offline, false, message.ReceivedAt);
        foreach (var reading in taken)
        {
            Learn(reading, conditions);
        }

        await PersistAsync();
        await DeliverAsync();
        Watch();
        return outcome;
    }

    /// <inheritdoc />
    public async Task CheckSilence()
    {
        var toilet = state.State;
        var now = time.GetUtcNow();
        var device = registry.Find(DeviceId);
        var conditions = new DeviceConditions(DeviceId, device, toilet.Conditions, toilet.Outbox);
        if (toilet.Intake.LastMessageAt is { } last && now - last >= Rules.OfflineAfter)
        {
            CountAvailability(device, last + Rules.OfflineAfter);
            conditions.Set(AlertKind.Offline, true, last + Rules.OfflineAfter, new AlertReason { Rule = AlertRule.NoMessage, Since = last, Limit = Rules.OfflineAfter.TotalHours });
        }

        if (toilet.Outbox.Count > 0)
        {
            await PersistAsync();
            await DeliverAsync();
        }

        Watch();
    }

    /// <inheritdoc />
    public async Task MarkCleaned(DateTimeOffset at)
    {
        if (state.State.LastCleanedAt is { } known && known >= at)
        {
            return;
        }

        state.State.LastCleanedAt = at;
        await PersistAsync();
    }

    /// <inheritdoc />
    public Task<ToiletSnapshot> GetSnapshot()
    {
        var toilet = state.State;
        var now = time.GetUtcNow();
        return Task.FromResult(new ToiletSnapshot
        {
            DeviceId = DeviceId,
            Latest = toilet.Intake.Latest,
            ReadingsStored = toilet.Intake.Stored,
            ReadingsRejected = toilet.Intake.Rejected,
            LastMessageAt = toilet.Intake.LastMessageAt,
            OccupiedSince = toilet.OccupiedSince,
            LastVisitAt = toilet.LastVisitAt,
            VisitsByHour = toilet.Visits.Hourly(now.AddHours(-23), now),
            VisitsByDay = toilet.Visits.Daily(),
            Conditions = [.. toilet.Conditions.Active.Order()],
            LastCleanedAt = toilet.LastCleanedAt,
            Sequence = toilet.Intake.Status(registry.Find(DeviceId)?.SequenceResets ?? 0),
        });
    }

    private void Learn(DeviceReading reading, DeviceConditions conditions)
    {
        var toilet = state.State;
        var at = reading.Time;
        var visits = reading.Visits ?? 0;
        if (toilet.LastReadingAt is { } previous && at > previous && at - previous <= TimeSpan.FromHours(12))
        {
            var perHour = visits / (at - previous).TotalHours;
            foreach (var (hourOfWeek, hours) in FillModel.HourSlices(previous, at, Rules.UtcOffset))
            {
                toilet.VisitRates.Observe(hourOfWeek, perHour, hours);
            }
        }

        if (toilet.LastReadingAt is null || at > toilet.LastReadingAt)
        {
            toilet.LastReadingAt = at;
        }

        if (visits > 0)
        {
            toilet.Visits.Add(at, Rules.LocalDay(at), visits);
            toilet.VisitsNotCounted += visits;
            toilet.LastVisitAt = at;
        }

        toilet.OccupiedSince = reading.Occupied switch
        {
            true => toilet.OccupiedSince ?? at - TimeSpan.FromSeconds(reading.OccupiedSeconds ?? 0),
            false => null,
            null => toilet.OccupiedSince,
        };

        var odourOver = reading.AmmoniaPpm >= Rules.OdourAmmoniaPpm || reading.HydrogenSulphidePpm >= Rules.OdourSulphidePpm;
        var odourReadings = toilet.Odour.Add(odourOver, Rules.OdourWindow);
        conditions.Set(AlertKind.ToiletOdour, odourReadings >= Rules.OdourReadings || reading.Alarms.Contains(DeviceAlarms.Odour), at,
            odourReadings >= Rules.OdourReadings
                ? new AlertReason
                {
                    Rule = AlertRule.Odour, Value = reading.AmmoniaPpm, Limit = Rules.OdourAmmoniaPpm, OtherValue = reading.HydrogenSulphidePpm,
                    OtherLimit = Rules.OdourSulphidePpm, Count = odourReadings, Window = Rules.OdourWindow,
                }
                : AlertReason.Alarm(DeviceAlarms.Odour));
        var stuckSince = toilet.OccupiedSince is { } since && at - since >= Rules.StuckOccupiedAfter ? since : (DateTimeOffset?)null;
        conditions.Set(AlertKind.ToiletStuckOccupied, stuckSince is not null || reading.Alarms.Contains(DeviceAlarms.StuckOccupied), at,
            stuckSince is not null
                ? new AlertReason { Rule = AlertRule.OccupiedTooLong, Since = stuckSince, Limit = Rules.StuckOccupiedAfter.TotalMinutes }
                : AlertReason.Alarm(DeviceAlarms.StuckOccupied));
        conditions.Set(AlertKind.ToiletLeak, reading.Alarms.Contains(DeviceAlarms.Leak), at, AlertReason.Alarm(DeviceAlarms.Leak));
        conditions.Set(AlertKind.ToiletSuppliesLow, reading.Alarms.Contains(DeviceAlarms.SuppliesLow), at, AlertReason.Alarm(DeviceAlarms.SuppliesLow));
        if (reading.BatteryVolts is { } volts)
        {
            toilet.LowBatteryStreak = volts < Rules.LowBatteryVolts ? toilet.LowBatteryStreak + 1 : 0;
        }

        conditions.Set(AlertKind.LowBattery, reading.Alarms.Contains(DeviceAlarms.LowBattery) || toilet.LowBatteryStreak >= Rules.LowBatteryReadings, at,
            reading.Alarms.Contains(DeviceAlarms.LowBattery)
                ? AlertReason.Alarm(DeviceAlarms.LowBattery)
                : new AlertReason { Rule = AlertRule.BatteryLow, Value = reading.BatteryVolts, Limit = Rules.LowBatteryVolts, Count = toilet.LowBatteryStreak });
        conditions.Set(AlertKind.SensorFault, reading.Faults.Count > 0, at, new AlertReason { Rule = AlertRule.SensorFault, Codes = [.. reading.Faults] });
        // Judged on readings only, never by a timer: a toilet sends its visits in batches (48 one-minute readings by
        // default), so until a reading covers a time the cloud cannot know that nobody came. A silent toilet is
        // Offline's business.
        conditions.Set(AlertKind.ToiletNoVisits, NoVisitsSince() is { } overdue && at >= overdue, at,
            new AlertReason { Rule = AlertRule.NoVisits, Since = toilet.LastVisitAt, Value = Rules.NoVisitsExpected });
    }

    /// <summary>When the absence of visits becomes abnormal: once the visits the toilet's own profile expects in
    /// opening hours since its last visit add up to <see cref="DeviceRules.NoVisitsExpected"/>.</summary>
    private DateTimeOffset? NoVisitsSince()
    {
        var toilet = state.State;
        if (toilet.LastVisitAt is not { } last)
        {
            return null;
        }

        var expected = 0.0;
        foreach (var (hourOfWeek, hours) in FillModel.HourSlices(last, last + TimeSpan.FromDays(7), Rules.UtcOffset))
        {
            var sliceStart = last;
            last += TimeSpan.FromHours(hours);
            if (!Rules.IsOpen(sliceStart))
            {
                continue;
            }

            var rate = Math.Max(0, toilet.VisitRates.Estimate(hourOfWeek, QuietToilet.At(hourOfWeek)).PointsPerHour);
            if (expected + rate * hours >= Rules.NoVisitsExpected)
            {
                return sliceStart + TimeSpan.FromHours((Rules.NoVisitsExpected - expected) / rate);
            }

            expected += rate * hours;
        }

        return null;
    }

    // Opening hours since the last count go to the ward, usable or not as the conditions stood.
    private void CountAvailability(RegisteredDevice? device, DateTimeOffset until)
    {
        var toilet = state.State;
        var from = toilet.AvailabilityCountedUntil ?? toilet.Intake.LastMessageAt ?? until;
        if (until <= from)
        {
            toilet.AvailabilityCountedUntil ??= until;
            return;
        }

        var usable = !toilet.Conditions.Active.Any(Unusable.Contains);
        foreach (var (start, end) in OpeningHours(from, until))
        {
            toilet.Outbox.Add(new ToiletTime(ZoneKey.Of(device), DeviceId, start, end, usable, toilet.VisitsNotCounted));
            toilet.VisitsNotCounted = 0;
        }

        toilet.AvailabilityCountedUntil = until;
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> OpeningHours(DateTimeOffset from, DateTimeOffset until)
    {
        var offset = Rules.UtcOffset;
        for (var day = new DateTimeOffset(from.ToOffset(offset).Date, offset); day < until; day = day.AddDays(1))
        {
            var open = day + Rules.OpeningTime;
            var close = day + Rules.ClosingTime;
            var start = open > from ? open : from;
            var end = close < until ? close : until;
            if (end > start)
            {
                yield return (start, end);
            }
        }
    }

    private void Watch()
    {
        var toilet = state.State;
        if (toilet.Intake.LastMessageAt is { } last && !toilet.Conditions.IsActive(AlertKind.Offline))
        {
            var self = this.AsReference<IToiletGrain>();
            _watch.NoLaterThan(last + Rules.OfflineAfter, () => self.CheckSilence());
        }
    }

    private async Task PersistAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Toilet {DeviceId}: state not persisted; reloading from storage")]
    private partial void LogWriteFailed(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Toilet {DeviceId}: {Pending} events wait for delivery; retried with the next message")]
    private partial void LogDeliveryDelayed(Exception exception, string deviceId, int pending);
}
