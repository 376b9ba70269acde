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

    /// <summary>Device kind of a waste bin node.</summary>
    public const string KindBin = "bin";

    /// <summary>Device kind of a public toilet node.</summary>
    public const string KindToilet = "toilet";

    /// <summary>Clock value: Unix seconds (UTC) from SNTP.</summary>
    public const string ClockUtc = "utc";

    /// <summary>Clock value: seconds since boot; the cloud shifts them by its arrival time minus <see cref="Sent"/>.</summary>
    public const string ClockUptime = "up";
}
