namespace Waste.Firmware.Core.Telemetry;

/// <summary>
/// Names and version of the device telemetry message, documented field by field in docs/device-protocol.md. The cloud's
/// parser reads the same names; a contract test runs this firmware's encoder output through it.
/// </summary>
public static class TelemetrySchema
{
    /// <summary>The schema version every message carries in <see cref="Version"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Message member: schema version.</summary>
    public const string Version = "v";

    /// <summary>Message member: device id.</summary>
    public const string Device = "dev";

    /// <summary>Message member: device kind, <see cref="KindBin"/> or <see cref="KindToilet"/>.</summary>
    public const string Kind = "kind";

    /// <summary>Message member: which clock the times are on, <see cref="ClockUtc"/> or <see cref="ClockUptime"/>.</summary>
    public const string Clock = "clk";

    /// <summary>Message member: when the message was formed, on the same clock as the readings, in seconds.</summary>
    public const string Sent = "sent";

    /// <summary>Message member: the array of readings, oldest first.</summary>
    public const string Readings = "r";

    /// <summary>Reading member: the per-device sequence number, one per reading, never repeated.</summary>
    public const string Sequence = "seq";

    /// <summary>Reading member: when the reading was taken, in seconds on the message's clock.</summary>
    public const string Time = "t";

    /// <summary>Bin reading member: fill, percent of the bin's depth (0..100).</summary>
    public const string FillPercent = "fill_pct";

    /// <summary>Bin reading member: measured distance from the sensor to the waste surface, metres.</summary>
    public const string DistanceMetres = "dist_m";

    /// <summary>Reading member: air temperature inside the enclosure, °C.</summary>
    public const string TemperatureCelsius = "temp_c";

    /// <summary>Message member: readings the offline buffer dropped (full) since the previous message.</summary>
    public const string Dropped = "drop";

    /// <summary>Reading member: battery voltage, V.</summary>
    public const string BatteryVolts = "batt_v";

    /// <summary>Toilet reading member: occupied at the reading's time.</summary>
    public const string Occupied = "occ";

    /// <summary>Toilet reading member: visits that ended since the previous reading.</summary>
    public const string Visits = "visits";

    /// <summary>Toilet reading member: seconds occupied since the previous reading.</summary>
    public const string OccupiedSeconds = "occ_s";

    /// <summary>Toilet reading member: ammonia, ppm.</summary>
    public const string AmmoniaPpm = "nh3_ppm";

    /// <summary>Toilet reading member: hydrogen sulphide, ppm.</summary>
    public const string HydrogenSulphidePpm = "h2s_ppm";

    /// <summary>Reading member: the debounced alarm conditions active at the reading's time.</summary>
    public const string Alarms = "alarms";

    /// <summary>Reading member: the sensor faults at the reading's time.</summary>
    public const string Faults = "faults";

    /// <summary>Alarm: bin temperature over its limit, or rising too fast.</summary>
    public const string AlarmFire = "fire";

    /// <summary>Alarm: bin knocked over.</summary>
    public const string AlarmTilt = "tilt";

    /// <summary>Alarm: a short distance that persists: lid open or something blocking the sensor.</summary>
    public const string AlarmLidOpen = "lid_open";

    /// <summary>Alarm: battery below its limit.</summary>
    public const string AlarmLowBattery = "low_battery";

    /// <summary>Alarm: NH3 or H2S over its threshold in k of the last n samples.</summary>
    public const string AlarmOdour = "odour";

    /// <summary>Alarm: occupied longer than the configured limit.</summary>
    public const string AlarmStuckOccupied = "stuck_occupied";

    /// <summary>Alarm: water on the floor.</summary>
    public const string AlarmLeak = "leak";

    /// <summary>Alarm: paper or soap low.</summary>
    public const string AlarmSuppliesLow = "supplies_low";

    /// <summary>Fault: too few pings returned an echo.</summary>
    public const string FaultNoEcho = "no_echo";

    /// <summary>Fault: echo beyond the sensor's range or inside its blind zone.</summary>
    public const string FaultOutOfRange = "out_of_range";

    /// <summary>Fault: the same raw value for too long.</summary>
    public const string FaultStuck = "stuck";

    /// <summary>Fault: a gas sensor reads outside its electrical range.</summary>
    public const string FaultOdourSensor = "odour_sensor";

    /// <summary>Fault: the temperature sensor reads nothing plausible.</summary>
    public const string FaultTemperatureSensor = "temperature_sensor";

    /// <summary>Device kind of a waste bin node.</summary>
    public const string KindBin = "bin";

    /// <summary>Device kind of a public toilet node.</summary>
    public const string KindToilet = "toilet";

    /// <summary>Clock value: Unix seconds (UTC) from SNTP.</summary>
    public const string ClockUtc = "utc";

    /// <summary>Clock value: seconds since boot; the cloud shifts them by its arrival time minus <see cref="Sent"/>.</summary>
    public const string ClockUptime = "up";
}
