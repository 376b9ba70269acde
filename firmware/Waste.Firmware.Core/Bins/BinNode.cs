using Waste.Firmware.Core.Alarms;
using Waste.Firmware.Core.Commands;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Reporting;
using Waste.Firmware.Core.Sensors;
using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Bins;

/// <summary>
/// A waste bin node. It lives in deep sleep; <see cref="Wake"/> is everything one wake does: sample when due
/// (fill, temperature, tilt, battery), debounce the alarms, decide whether to send, and if so join the network,
/// synchronise the clock, connect, get the twin, upload the offline buffer oldest first, handle commands, disconnect;
/// then keep its state for the next wake and say how long to sleep. The ESP32 deep-sleeps for that long and builds a
/// new node on waking, which restores the state from RTC memory; the simulator calls the same node again.
/// </summary>
public sealed class BinNode : ICommandTarget
{
    /// <summary>Identical echo medians in a row that make a stuck sensor: six hours at the default period. A working
    /// sensor's echo time jitters by microseconds from burst to burst.</summary>
    public const int StuckSamples = 12;

    /// <summary>How long the node listens for commands after uploading, milliseconds.</summary>
    public const int ListenMilliseconds = 500;

    /// <summary>Samples in a row with the bin on its side that raise the tilt alarm (the second a minute later).</summary>
    public const int TiltConfirmSamples = 2;

    private const long StateMarker = 0x32_4E_49_42; // "BIN2": the buffer's readings as records

    // The wake state before its alarm text and buffer: 22 numbers of 8 bytes and 2 flags of 1.
    private const int StateFixedBytes = 22 * 8 + 2;

    private readonly BinHardware _hardware;
    private readonly NodePlatform _platform;
    private readonly BinFillMeter _meter;
    private readonly LidOpenDetector _lid = new();
    private readonly FireDetector _fire = new();
    private readonly Debouncer _tilt = new(TiltConfirmSamples, TiltConfirmSamples);
    private readonly LowBatteryDetector _lowBattery = new();
    private readonly StuckValueDetector _stuck = new(StuckSamples);
    private readonly SampleScheduler _scheduler = new();
    private long _lastSentAt;
    private double _lastFill = double.NaN;
    private double _lastSentFill = double.NaN;
    private double _lastBattery = double.NaN;
    private string _lastAlarms = "";
    private bool _urgentPending;
    private long _failedUploads;
    private long _retryNotBefore;

    /// <summary>Creates the node at a wake: restores the state RTC memory kept, or starts afresh after a cold boot.</summary>
    public BinNode(DeviceIdentity identity, BinHardware hardware, NodePlatform platform, int bufferCapacity)
    {
        _hardware = hardware;
        _platform = platform;
        Services = new NodeServices(identity, platform, NodeKind.Bin, bufferCapacity, this);
        _meter = new BinFillMeter(
            hardware.Ultrasonic, hardware.Temperature, Services.Settings.Current.Geometry, hardware.Range, BinHardware.DefaultPingsPerBurst);
        ColdBoot = !Restore(platform.Retained.Load());
        if (ColdBoot)
        {
            // After a cold boot the node reports itself and fetches its twin at the first wake.
            _urgentPending = true;
            Services.Exchange.RequestReport();
        }
    }

    /// <summary>True when this node started without state from RTC memory (power-on or a garbled record).</summary>
    public bool ColdBoot { get; }

    /// <summary>Clock, configuration, sequence numbers, offline buffer and hub exchange.</summary>
    public NodeServices Services { get; }

    /// <summary>The last reading taken at this wake, or null.</summary>
    public BinReading? LastReading { get; private set; }

    /// <summary>True when the cloud asked for a reboot: the ESP32 restarts instead of sleeping.</summary>
    public bool RebootRequested { get; private set; }

    /// <summary>Uploads that failed in a row.</summary>
    public long FailedUploads => _failedUploads;

    /// <summary>Does one wake's work and returns how many seconds to sleep.</summary>
    public long Wake()
    {
        var now = Services.Clock.MonotonicSeconds;
        var fresh = _scheduler.IsDue(now) && Sample(now);
        _urgentPending |= fresh;

        // Something new that matters goes out at once; anything else, and a retry, waits for the back-off.
        var due = _urgentPending || Services.Settings.Current.Report.ShouldSend(Services.Buffer.Count, now - _lastSentAt, false);
        if (fresh || (due && now >= _retryNotBefore))
        {
            Upload(now);
        }

        _platform.Retained.Save(State());
        var sleep = _scheduler.NextDueSeconds - Services.Clock.MonotonicSeconds;
        return sleep < 1 ? 1 : sleep;
    }

    /// <inheritdoc />
    public CommandResult Execute(string command, JsonValue? payload)
    {
        switch (command)
        {
            case CommandSchema.Ping:
                return Services.Ping();
            case CommandSchema.Reboot:
                RebootRequested = true;
                return CommandAnswers.Done();
            case CommandSchema.MeasureNow:
                Sample(Services.Clock.MonotonicSeconds);
                return CommandAnswers.Measured(Services.Sequence.Next - 1);
            case CommandSchema.RecalibrateOdour:
                return CommandAnswers.Refused(CommandSchema.StatusBadRequest, "a bin node has no odour sensor");
            default:
                return CommandAnswers.Unknown(command);
        }
    }

    /// <inheritdoc />
    public void WriteReportedProperties(JsonWriter writer)
    {
        writer.Name(TwinSchema.FirmwareVersion).String(FirmwareVersion.Current)
            .Name(TwinSchema.BufferCapacity).Number(Services.Buffer.Capacity)
            .Name(TwinSchema.BufferDropped).Number(Services.Buffer.DroppedTotal);
        ReadingFields.Number(writer, TwinSchema.BatteryVolts, _lastBattery, 2);
    }

    // Takes one reading into the buffer; true when the alarms changed or the fill moved a step since the last upload.
    private bool Sample(long now)
    {
        var config = Services.Settings.Current;
        _meter.Geometry = config.Geometry;
        var faults = new ConditionList();
        _hardware.SensorPower.On();
        var measurement = _meter.Measure();
        var tilted = _hardware.Tilt.IsActive();
        var battery = _hardware.BatteryDivider.BatteryVolts(_hardware.BatteryPin.ReadVolts());
        _hardware.SensorPower.Off();
        var distance = double.NaN;
        var fill = double.NaN;
        if (!measurement.HasEcho)
        {
            faults.AddIf(true, measurement.Fault);
            if (measurement.TooNear)
            {
                _lid.ObserveTooNear();
            }
        }
        else if (_stuck.Observe(measurement.EchoMicroseconds))
        {
            faults.AddIf(true, TelemetrySchema.FaultStuck);
        }
        else
        {
            distance = measurement.DistanceMetres;
            fill = _lid.Observe(distance, config.Geometry) ? measurement.FillPercent : double.NaN;
        }

        var celsius = measurement.TemperatureCelsius;
        var temperatureOk = TemperatureReading.IsPlausible(celsius);
        var rose = false;
        if (temperatureOk)
        {
            rose = _fire.RoseNoticeably(celsius, config.Bin);
            _fire.Observe(celsius, now, config.Bin);
        }
        else
        {
            faults.AddIf(true, TelemetrySchema.FaultTemperatureSensor);
        }

        _tilt.Sample(tilted);
        if (battery >= 0 && battery <= 6)
        {
            _lastBattery = battery;
            _lowBattery.Observe(battery, config.LowBatteryVolts);
        }
        else
        {
            battery = double.NaN;
        }

        var alarms = new ConditionList()
            .AddIf(_fire.IsAlarm, TelemetrySchema.AlarmFire)
            .AddIf(_tilt.IsActive, TelemetrySchema.AlarmTilt)
            .AddIf(_lid.IsAlarm, TelemetrySchema.AlarmLidOpen)
            .AddIf(_lowBattery.IsAlarm, TelemetrySchema.AlarmLowBattery)
            .ToArray();
        LastReading = new BinReading(
            Services.Sequence.Take(), now, distance, fill, temperatureOk ? celsius : double.NaN, battery, alarms, faults.ToArray());
        Services.Buffer.Add(LastReading);

        _scheduler.Sampled(now, config.SamplePeriodSeconds);
        if (_fire.IsPending || rose || _tilt.IsPending || _lid.IsPending)
        {
            _scheduler.ConfirmSoon(now);
        }

        var alarmKey = ConditionList.Key(alarms);
        var alarmsChanged = alarmKey != _lastAlarms;
        _lastAlarms = alarmKey;
        var step = !double.IsNaN(fill) && !double.IsNaN(_lastSentFill)
            && (fill - _lastSentFill >= config.Report.FillStepPercent || _lastSentFill - fill >= config.Report.FillStepPercent);
        if (!double.IsNaN(fill))
        {
            _lastFill = fill;
        }

        return alarmsChanged || step;
    }

    private void Upload(long now)
    {
        if (!_platform.Network.Join())
        {
            Failed(now);
            return;
        }

        if (Services.Clock.NeedsSynchronisation)
        {
            Services.Clock.Synchronise(_platform.Sntp);
        }

        // IoT Hub checks the token's expiry against UTC: without a synchronised clock there is no valid token.
        if (!Services.Clock.IsSynchronised || !Services.Exchange.Open(Services.Clock.UtcSeconds))
        {
            _platform.Network.Leave();
            Failed(now);
            return;
        }

        ApplySettingsChange(now);
        var batchMax = Services.Settings.Current.Report.BatchMax;
        var sent = Services.Exchange.Upload(Services.Buffer, Services.Clock, batchMax);
        Services.Exchange.Pump(ListenMilliseconds);
        ApplySettingsChange(now);
        sent = sent && Services.Exchange.Upload(Services.Buffer, Services.Clock, batchMax);
        Services.Exchange.Close();
        _platform.Network.Leave();
        if (!sent)
        {
            Failed(now);
            return;
        }

        _lastSentAt = now;
        _lastSentFill = _lastFill;
        _urgentPending = false;
        _failedUploads = 0;
        _retryNotBefore = 0;
    }

    private void ApplySettingsChange(long now)
    {
        if (Services.Exchange.TakeSettingsChanged())
        {
            _scheduler.Shorten(now, Services.Settings.Current.SamplePeriodSeconds);
        }
    }

    // Backs off from one sampling period up to the heartbeat, so a dead network does not drain the battery with a
    // Wi-Fi attempt at every wake; a new alarm still tries at once.
    private void Failed(long now)
    {
        _failedUploads++;
        var config = Services.Settings.Current;
        _retryNotBefore = now + BackOff.Seconds(_failedUploads, config.SamplePeriodSeconds, config.Report.HeartbeatSeconds);
    }

    private byte[] State()
    {
        // Sized exactly, so that the record is allocated once: it is rewritten at every wake.
        var writer = new ByteWriter(StateFixedBytes + Utf8.GetBytes(_lastAlarms).Length + Services.Buffer.StateBytes)
            .Int64(StateMarker)
            .Int64(Services.Clock.MonotonicMilliseconds)
            .Int64(Services.Sequence.Next)
            .Boolean(Services.Clock.IsSynchronised).Int64(Services.Clock.UtcOffsetSeconds).Int64(Services.Clock.SynchronisedAtSeconds)
            .Int64(_scheduler.NextDueSeconds)
            .Int64(_lastSentAt).Double(_lastFill).Double(_lastSentFill).Double(_lastBattery)
            .String(_lastAlarms).Boolean(_urgentPending).Int64(_failedUploads).Int64(_retryNotBefore)
            .Int64(_lid.State).Double(_lid.LastTrustedMetres)
            .Int64(_fire.State).Double(_fire.LastCelsius).Int64(_fire.LastSeconds)
            .Int64(_tilt.State).Int64(_lowBattery.State)
            .Int64(_stuck.LastValue).Int64(_stuck.Repeats);
        Services.Buffer.WriteTo(writer);
        return writer.ToArray();
    }

    // False when there is no usable record: nothing stored, garbled, or written before the clock restarted (a power
    // cut, where times kept on the old clock would be wrong).
    private bool Restore(byte[] data)
    {
        var reader = new ByteReader(data);
        if (reader.Int64() != StateMarker || reader.Int64() > Services.Clock.MonotonicMilliseconds || reader.Failed)
        {
            return false;
        }

        var next = reader.Int64();
        var synchronised = reader.Boolean();
        var offset = reader.Int64();
        var synchronisedAt = reader.Int64();
        var nextDue = reader.Int64();
        var lastSentAt = reader.Int64();
        var lastFill = reader.Double();
        var lastSentFill = reader.Double();
        var lastBattery = reader.Double();
        var lastAlarms = reader.String();
        var urgentPending = reader.Boolean();
        var failedUploads = reader.Int64();
        var retryNotBefore = reader.Int64();
        var lidState = reader.Int64();
        var lidLast = reader.Double();
        var fireState = reader.Int64();
        var fireCelsius = reader.Double();
        var fireSeconds = reader.Int64();
        var tiltState = reader.Int64();
        var batteryState = reader.Int64();
        var stuckValue = reader.Int64();
        var stuckRepeats = reader.Int64();
        if (reader.Failed || !Services.Buffer.ReadFrom(reader))
        {
            return false;
        }

        Services.Sequence.Resume(next);
        if (synchronised)
        {
            Services.Clock.Restore(offset, synchronisedAt);
        }

        _scheduler.Restore(nextDue);
        _lastSentAt = lastSentAt;
        _lastFill = lastFill;
        _lastSentFill = lastSentFill;
        _lastBattery = lastBattery;
        _lastAlarms = lastAlarms;
        _urgentPending = urgentPending;
        _failedUploads = failedUploads;
        _retryNotBefore = retryNotBefore;
        _lid.Restore(lidState, lidLast);
        _fire.Restore(fireState, fireCelsius, fireSeconds);
        _tilt.Restore(tiltState);
        _lowBattery.Restore(batteryState);
        _stuck.Restore(stuckValue, (int)stuckRepeats);
        return true;
    }
}
