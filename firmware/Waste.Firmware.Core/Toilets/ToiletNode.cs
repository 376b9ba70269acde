using Waste.Firmware.Core.Alarms;
using Waste.Firmware.Core.Commands;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.Inputs;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Reporting;
using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Toilets;

/// <summary>
/// A public toilet node, always on and always connected. <see cref="Tick"/> is called when an input changes, when a
/// message arrives, and at the latest when its previous call said; it debounces the inputs, follows occupancy and
/// visits, samples the gas sensors when due, raises and clears alarms (a changed alarm takes a reading and sends it at
/// once), keeps the hub connection up (reconnecting with back-off, renewing the token before it expires), uploads
/// per the report policy, and handles what the hub sent.
/// </summary>
public sealed class ToiletNode : ICommandTarget
{
    /// <summary>Door reed debounce, milliseconds.</summary>
    public const long DoorDebounceMilliseconds = 200;

    /// <summary>PIR debounce, milliseconds.</summary>
    public const long MotionDebounceMilliseconds = 100;

    /// <summary>Leak and supplies debounce, milliseconds: a splash or a brushed switch is not an alarm.</summary>
    public const long SlowInputDebounceMilliseconds = 5000;

    /// <summary>First reconnection delay, seconds; it doubles per failure up to <see cref="MaxReconnectSeconds"/>.</summary>
    public const long MinReconnectSeconds = 10;

    /// <summary>Longest reconnection delay, seconds.</summary>
    public const long MaxReconnectSeconds = 600;

    /// <summary>Below this share of its alarm threshold the air counts as clean for R0's drift tracking.</summary>
    public const double CleanAirShareOfThreshold = 0.2;

    private const long CalibrationMarker = 0x31_30_52_4F; // "OR01"

    private readonly ToiletHardware _hardware;
    private readonly NodePlatform _platform;
    private readonly IByteStore _calibrationFlash;
    private readonly DebouncedInput _door;
    private readonly DebouncedInput _motion;
    private readonly DebouncedInput _leak;
    private readonly DebouncedInput _supplies;
    private readonly GasChannel _ammonia;
    private readonly GasChannel _hydrogenSulphide;
    private readonly OccupancyTracker _occupancy = new();
    private readonly LowBatteryDetector _lowBattery = new();
    private readonly SampleScheduler _scheduler = new();
    private Debouncer _odour;
    private double _lastBattery = double.NaN;
    private string _lastAlarms = "";
    private bool _urgentPending;
    private long _lastSentAt;
    private long _failedConnections;
    private long _reconnectAt;

    /// <summary>Creates the node after a boot; <paramref name="calibrationFlash"/> keeps the odour calibration.</summary>
    public ToiletNode(
        DeviceIdentity identity, ToiletHardware hardware, NodePlatform platform, IByteStore calibrationFlash, int bufferCapacity)
    {
        _hardware = hardware;
        _platform = platform;
        _calibrationFlash = calibrationFlash;
        Services = new NodeServices(identity, platform, NodeKind.Toilet, bufferCapacity, this);
        _door = new DebouncedInput(hardware.DoorShut, DoorDebounceMilliseconds);
        _motion = new DebouncedInput(hardware.Motion, MotionDebounceMilliseconds);
        _leak = new DebouncedInput(hardware.Leak, SlowInputDebounceMilliseconds);
        _supplies = new DebouncedInput(hardware.SuppliesLow, SlowInputDebounceMilliseconds);
        var r0 = LoadCalibration();
        _ammonia = new GasChannel(hardware.AmmoniaPin, hardware.GasCircuit, GasSensorCurve.Mq137Ammonia, r0[0]);
        _hydrogenSulphide = new GasChannel(
            hardware.HydrogenSulphidePin, hardware.GasCircuit, GasSensorCurve.Mq136HydrogenSulphide, r0[1]);
        _odour = new Debouncer(Services.Settings.Current.Toilet.OdourK, Services.Settings.Current.Toilet.OdourN);
        _urgentPending = true;
        Services.Exchange.RequestReport();
    }

    /// <summary>Clock, configuration, sequence numbers, offline buffer and hub exchange.</summary>
    public NodeServices Services { get; }

    /// <summary>Occupancy and visits.</summary>
    public OccupancyTracker Occupancy => _occupancy;

    /// <summary>The NH3 channel.</summary>
    public GasChannel Ammonia => _ammonia;

    /// <summary>The H2S channel.</summary>
    public GasChannel HydrogenSulphide => _hydrogenSulphide;

    /// <summary>The last reading taken, or null.</summary>
    public ToiletReading? LastReading { get; private set; }

    /// <summary>True when the cloud asked for a reboot.</summary>
    public bool RebootRequested { get; private set; }

    /// <summary>Does what is due now and returns how many milliseconds may pass before the next call at the latest.</summary>
    public long Tick()
    {
        var nowMs = Services.Clock.MonotonicMilliseconds;
        var now = nowMs / 1000;
        _door.Poll(nowMs);
        _motion.Poll(nowMs);
        _leak.Poll(nowMs);
        _supplies.Poll(nowMs);
        _occupancy.Update(_door.IsActive, _motion.IsActive, nowMs);

        if (ActiveAlarms(nowMs) != _lastAlarms || _scheduler.IsDue(now))
        {
            TakeReading(nowMs);
        }

        KeepConnected(now);
        if (Services.Exchange.IsOpen)
        {
            Services.Exchange.Pump(0);
            ApplySettingsChange(now);
            if (_urgentPending || Services.Settings.Current.Report.ShouldSend(Services.Buffer.Count, now - _lastSentAt, false))
            {
                if (Services.Exchange.Upload(Services.Buffer, Services.Clock, Services.Settings.Current.Report.BatchMax))
                {
                    _lastSentAt = now;
                    _urgentPending = false;
                }
            }
        }

        return NextCallAt(nowMs) - nowMs;
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
                TakeReading(Services.Clock.MonotonicMilliseconds);
                return CommandAnswers.Measured(Services.Sequence.Next - 1);
            case CommandSchema.RecalibrateOdour:
                return Recalibrate();
            default:
                return CommandAnswers.Unknown(command);
        }
    }

    /// <inheritdoc />
    public void WriteReportedProperties(JsonWriter writer)
    {
        writer.Name(TwinSchema.FirmwareVersion).String(FirmwareVersion.Current)
            .Name(TwinSchema.BufferCapacity).Number(Services.Buffer.Capacity)
            .Name(TwinSchema.BufferDropped).Number(Services.Buffer.DroppedTotal)
            .Name(TwinSchema.AmmoniaR0).Number(_ammonia.Baseline.R0Ohms, 0)
            .Name(TwinSchema.HydrogenSulphideR0).Number(_hydrogenSulphide.Baseline.R0Ohms, 0);
        ReadingFields.Number(writer, TwinSchema.BatteryVolts, _lastBattery, 2);
    }

    private string ActiveAlarms(long nowMs) => ConditionList.Key(AlarmList(nowMs));

    private string[] AlarmList(long nowMs) => new ConditionList()
        .AddIf(_odour.IsActive, TelemetrySchema.AlarmOdour)
        .AddIf(IsStuckOccupied(nowMs), TelemetrySchema.AlarmStuckOccupied)
        .AddIf(_leak.IsActive, TelemetrySchema.AlarmLeak)
        .AddIf(_supplies.IsActive, TelemetrySchema.AlarmSuppliesLow)
        .AddIf(_lowBattery.IsAlarm, TelemetrySchema.AlarmLowBattery)
        .ToArray();

    private bool IsStuckOccupied(long nowMs) =>
        _occupancy.OccupiedForMilliseconds(nowMs) >= (long)(Services.Settings.Current.Toilet.StuckOccupiedMinutes * 60000);

    private void TakeReading(long nowMs)
    {
        var now = nowMs / 1000;
        var config = Services.Settings.Current;
        var faults = new ConditionList();
        var nh3 = double.NaN;
        var h2s = double.NaN;
        if (_scheduler.IsDue(now))
        {
            // Gas is sampled on the sampling period only, so the k-of-n window counts periods, not alarm bursts.
            var ammonia = _ammonia.Sample(now, config.Toilet.AmmoniaPpm * CleanAirShareOfThreshold);
            var sulphide = _hydrogenSulphide.Sample(now, config.Toilet.HydrogenSulphidePpm * CleanAirShareOfThreshold);
            faults.AddIf(ammonia.Faulty || sulphide.Faulty, TelemetrySchema.FaultOdourSensor);
            nh3 = ammonia.Ppm;
            h2s = sulphide.Ppm;
            if (!double.IsNaN(nh3) || !double.IsNaN(h2s))
            {
                _odour.Sample(nh3 >= config.Toilet.AmmoniaPpm || h2s >= config.Toilet.HydrogenSulphidePpm);
            }

            SampleBattery(config.LowBatteryVolts);
            _scheduler.Sampled(now, config.SamplePeriodSeconds);
        }

        var alarms = AlarmList(nowMs);
        var occupiedSeconds = _occupancy.TakeCounts(nowMs, out var visits);
        LastReading = new ToiletReading(
            Services.Sequence.Take(), now, _occupancy.IsOccupied, visits, occupiedSeconds, nh3, h2s, double.NaN,
            _lastBattery, alarms, faults.ToArray());
        Services.Buffer.Add(LastReading);
        var key = ConditionList.Key(alarms);
        if (key != _lastAlarms)
        {
            _urgentPending = true;
            _lastAlarms = key;
        }
    }

    private void SampleBattery(double limitVolts)
    {
        if (_hardware.BatteryPin == null || _hardware.BatteryDivider == null)
        {
            return;
        }

        var volts = _hardware.BatteryDivider.BatteryVolts(_hardware.BatteryPin.ReadVolts());
        if (volts >= 0 && volts <= 6)
        {
            _lastBattery = volts;
            _lowBattery.Observe(volts, limitVolts);
        }
    }

    private void KeepConnected(long now)
    {
        if (Services.Exchange.IsOpen && !Services.Exchange.Session.NeedsRenewal(Services.Clock.UtcSeconds))
        {
            return;
        }

        if (!Services.Exchange.IsOpen && now < _reconnectAt)
        {
            return;
        }

        Services.Exchange.Close();
        if (Services.Clock.NeedsSynchronisation)
        {
            if (_platform.Network.Join())
            {
                Services.Clock.Synchronise(_platform.Sntp);
            }
        }

        if (Services.Clock.IsSynchronised && _platform.Network.Join() && Services.Exchange.Open(Services.Clock.UtcSeconds))
        {
            _failedConnections = 0;
            _reconnectAt = 0;
            return;
        }

        _failedConnections++;
        _reconnectAt = now + BackOff.Seconds(_failedConnections, MinReconnectSeconds, MaxReconnectSeconds);
    }

    private void ApplySettingsChange(long now)
    {
        if (!Services.Exchange.TakeSettingsChanged())
        {
            return;
        }

        var toilet = Services.Settings.Current.Toilet;
        if (toilet.OdourK != _odour.K || toilet.OdourN != _odour.N)
        {
            _odour = new Debouncer(toilet.OdourK, toilet.OdourN);
        }

        _scheduler.Shorten(now, Services.Settings.Current.SamplePeriodSeconds);
    }

    private long NextCallAt(long nowMs)
    {
        var next = _scheduler.NextDueSeconds * 1000;
        next = Earliest(next, _door);
        next = Earliest(next, _motion);
        next = Earliest(next, _leak);
        next = Earliest(next, _supplies);
        if (_occupancy.IsOccupied && !IsStuckOccupied(nowMs))
        {
            var stuckAt = nowMs - _occupancy.OccupiedForMilliseconds(nowMs)
                + (long)(Services.Settings.Current.Toilet.StuckOccupiedMinutes * 60000);
            next = stuckAt < next ? stuckAt : next;
        }

        var connectAt = Services.Exchange.IsOpen
            ? (Services.Exchange.Session.TokenExpiresAt - HubSession.RenewBeforeExpirySeconds - Services.Clock.UtcOffsetSeconds) * 1000
            : _reconnectAt * 1000;
        next = connectAt < next ? connectAt : next;
        return next > nowMs ? next : nowMs + 1;
    }

    private static long Earliest(long next, DebouncedInput input) =>
        input.IsSettling && input.SettlesAt < next ? input.SettlesAt : next;

    private CommandResult Recalibrate()
    {
        if (!_ammonia.RecalibrateToCleanAir() || !_hydrogenSulphide.RecalibrateToCleanAir())
        {
            return CommandAnswers.Refused(CommandSchema.StatusFailed, "no plausible gas reading to calibrate from");
        }

        _calibrationFlash.Save(new ByteWriter()
            .Int64(CalibrationMarker).Double(_ammonia.Baseline.R0Ohms).Double(_hydrogenSulphide.Baseline.R0Ohms).ToArray());
        Services.Exchange.RequestReport();
        return new CommandResult(CommandSchema.StatusDone, new JsonWriter(96).BeginObject()
            .Name(TwinSchema.AmmoniaR0).Number(_ammonia.Baseline.R0Ohms, 0)
            .Name(TwinSchema.HydrogenSulphideR0).Number(_hydrogenSulphide.Baseline.R0Ohms, 0)
            .EndObject().ToString());
    }

    private double[] LoadCalibration()
    {
        var reader = new ByteReader(_calibrationFlash.Load());
        var marker = reader.Int64();
        var ammonia = reader.Double();
        var sulphide = reader.Double();
        return reader.EndedCleanly && marker == CalibrationMarker && ammonia > 0 && sulphide > 0
            ? new[] { ammonia, sulphide }
            : new[] { _hardware.AmmoniaR0Ohms, _hardware.HydrogenSulphideR0Ohms };
    }
}
