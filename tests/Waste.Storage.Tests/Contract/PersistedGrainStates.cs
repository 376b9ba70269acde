using Waste.Forecasting;
using Waste.Grains.Alerts;
using Waste.Grains.Bins;
using Waste.Grains.Devices;
using Waste.Grains.Events;
using Waste.Grains.Rules;
using Waste.Grains.Toilets;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Storage.Tests.Contract;

/// <summary>
/// Every state the grains persist, filled the way the grains fill them (every member set, every event kind in the
/// outbox), so the contract proves each store keeps them whole: a store that keeps JSON (Cosmos DB) loses what its
/// serializer cannot see (private fields, polymorphic members, tuples) unless the state is made for it.
/// </summary>
public static class PersistedGrainStates
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 30, 0, TimeSpan.Zero);

    /// <summary>The state types, one theory row each.</summary>
    public static TheoryData<string> Names =>
    [
        nameof(BinState), nameof(ToiletState), nameof(ZoneState), nameof(ZoneRatesState),
        nameof(AlertBoardState), nameof(ResolvedAlertsState), nameof(DeviceTwinState), nameof(DeviceSessionState), nameof(SilenceWatchState),
    ];

    public static BinState Bin()
    {
        var bin = new BinState();
        var message = new TelemetryMessage
        {
            SchemaVersion = 1,
            DeviceId = "bin-0001",
            Kind = DeviceKind.Bin,
            SentAt = Start.AddHours(110),
            ReceivedAt = Start.AddHours(110),

            // Two emptyings 55 hours apart, so the model learns a cycle and scores forecasts a day old.
            Readings = [.. Enumerable.Range(0, 220).Select(i => new DeviceReading
            {
                Sequence = 1000 + i,
                Time = Start.AddMinutes(30 * i),
                FillPercent = i % 110 < 108 ? 10 + 0.75 * (i % 110) : 4,
                DistanceMetres = 0.9,
                TemperatureCelsius = 30.5,
                BatteryVolts = 3.8,
                Alarms = i == 3 ? [DeviceAlarms.Tilt] : [],
                Faults = i == 5 ? [SensorFaults.NoEcho] : [],
            })],
        };
        var (taken, _) = bin.Intake.Take(message, Start.AddHours(110), 0);
        foreach (var reading in taken)
        {
            bin.History.Record(reading.Time, reading.FillPercent!.Value);
            if (bin.Model.Observe(new FillObservation(reading.Time, reading.FillPercent.Value), RatePrior.CityDefault, FillModelSettings.Default).Collection is { } collection)
            {
                bin.RecentCollections.Add(collection);
            }
        }

        bin.Conditions.Set(AlertKind.BinOverflow, true);
        bin.Conditions.Set(AlertKind.LowBattery, true);
        AddEveryEvent(bin.Outbox);
        bin.OverflowSince = Start.AddHours(24);
        bin.LowBatteryStreak = 2;
        bin.StuckStreak = 4;
        bin.LastDistance = 0.9;
        bin.RecentJumps = [Start.AddHours(1), Start.AddHours(2)];
        bin.LastFill = new FillObservation(Start.AddHours(109.5), 4);
        bin.LastTemperature = new TemperatureSample(Start.AddHours(29.5), 30.5);
        bin.RatesReportedAt = Start.AddHours(12);
        bin.SilenceWatchedUntil = Start.AddHours(43);
        bin.Sampling = SamplingSchedule.Nearing;
        bin.StuckSince = Start.AddHours(108);
        return bin;
    }

    public static ToiletState Toilet()
    {
        var toilet = new ToiletState();
        var rules = new DeviceRules();
        for (var hour = 0; hour < 48; hour++)
        {
            var at = Start.AddHours(hour);
            toilet.Visits.Add(at, rules.LocalDay(at), hour % 5);
            toilet.VisitRates.Observe(HourOfWeek.Of(at, rules.UtcOffset), hour % 5, 1);
            toilet.Odour.Add(hour % 3 == 0, 5);
        }

        toilet.Conditions.Set(AlertKind.ToiletOdour, true);
        AddEveryEvent(toilet.Outbox);
        toilet.OccupiedSince = Start.AddHours(47.5);
        toilet.LastVisitAt = Start.AddHours(47);
        toilet.LastReadingAt = Start.AddHours(47.9);
        toilet.AvailabilityCountedUntil = Start.AddHours(47.9);
        toilet.VisitsNotCounted = 3;
        toilet.LowBatteryStreak = 1;
        return toilet;
    }

    public static ZoneState Zone()
    {
        var zone = new ZoneState();
        var day = new ZoneDay
        {
            Date = new DateOnly(2026, 11, 2),
            CollectedLitres = new() { [WasteStream.Recyclable] = 480, [WasteStream.Organic] = 240.5 },
            CollectedKilograms = new() { [WasteStream.Recyclable] = 38.4, [WasteStream.Organic] = 108.2 },
            Collections = new() { [WasteStream.Recyclable] = 2, [WasteStream.Organic] = 1 },
            OverflowBinHours = 3.25,
            ToiletAvailableHours = 16,
            ToiletUnavailableHours = 1,
            ToiletVisits = 212,
            FaultsRaised = new() { [AlertKind.ToiletLeak] = 1, [AlertKind.Offline] = 2 },
        };
        zone.Days[day.Date] = day;
        zone.Days[day.Date.AddDays(1)] = new ZoneDay { Date = day.Date.AddDays(1), OverflowBinHours = 1 };
        zone.CountedUntil = new()
        {
            ["overflow:bin-0001"] = Start.AddHours(5),
            ["toilet:wc-01"] = Start.AddHours(6),
            ["emptied:bin-0002"] = Start.AddHours(1),
        };
        zone.CountedFaults = ["wc-01@ToiletLeak@1793577600"];
        return zone;
    }

    public static ZoneRatesState ZoneRates()
    {
        var rates = new ZoneRatesState();
        foreach (var bin in new[] { "bin-0001", "bin-0002" })
        {
            rates.Bins[bin] = Bin().Model.Share;
        }

        return rates;
    }

    public static SilenceWatchState SilenceWatch()
    {
        var watch = new SilenceWatchState();
        foreach (var i in Enumerable.Range(0, 300))
        {
            watch.Due[$"bin-{i:D4}"] = Start.AddHours(13).AddSeconds(97 * i);
        }

        return watch;
    }

    public static AlertBoardState AlertBoard() => new()
    {
        NextNumber = 3,
        Alerts =
        [
            new Alert
            {
                Id = "A1", DeviceId = "wc-01", Kind = AlertKind.ToiletLeak, Ward = "Phú Cường", District = "Thủ Dầu Một",
                Detail = "water on the floor", RaisedAt = Start, AcknowledgedAt = Start.AddMinutes(7), AcknowledgedBy = "maintenance-1",
                ResolvedAt = Start.AddMinutes(50), ResolvedBy = "maintenance-1", ConditionClearedAt = Start.AddMinutes(45),
                Notes = [new AlertNote(Start.AddMinutes(7), "maintenance-1", "on my way"), new AlertNote(Start.AddMinutes(50), "maintenance-1", "pipe fixed")],
            },
            new Alert { Id = "A2", DeviceId = "bin-0001", Kind = AlertKind.BinFire, RaisedAt = Start.AddHours(1) },
        ],
    };

    public static ResolvedAlertsState ResolvedAlerts() => new() { Alerts = [AlertBoard().Alerts[0]] };

    public static DeviceTwinState Twin() => new()
    {
        Twin = new DeviceTwin
        {
            Desired = """{"sample_period_s":900,"fill_step_pct":10}""",
            DesiredVersion = 4,
            Reported = """{"fw":"1.2.0","config_version":4}""",
            ReportedVersion = 9,
            DesiredUpdatedAt = Start,
            ReportedUpdatedAt = Start.AddMinutes(1),
        },
    };

    public static DeviceSessionState Session() => new()
    {
        Queue =
        [
            new CloudToDeviceMessage { MessageId = "m1", Body = """{"cmd":"ping"}""", EnqueuedAt = Start, ExpiresAt = Start.AddHours(1) },
            new CloudToDeviceMessage { MessageId = "m2", Body = """{"cmd":"recalibrate_odour"}""", EnqueuedAt = Start, ExpiresAt = Start.AddDays(2) },
        ],
    };

    private static void AddEveryEvent(DeviceOutbox outbox)
    {
        outbox.Add(new AlertRaised(new AlertCondition("bin-0001", AlertKind.BinOverflow, Start, "99 %", "Phú Cường", "Thủ Dầu Một")));
        outbox.Add(new AlertCleared("bin-0001", AlertKind.BinOverflow, Start.AddHours(1)));
        outbox.Add(new BinEmptied("Thủ Dầu Một/Phú Cường", "bin-0001", WasteStream.Recyclable, Start, 230.4));
        outbox.Add(new BinOverflowed("Thủ Dầu Một/Phú Cường", "bin-0001", Start, Start.AddHours(2)));
        outbox.Add(new ToiletTime("Thủ Dầu Một/Phú Cường", "wc-01", Start, Start.AddHours(1), Available: false, Visits: 7));
        outbox.Add(new FaultBegan("Thủ Dầu Một/Phú Cường", "wc-01", AlertKind.ToiletLeak, Start));
    }
}
