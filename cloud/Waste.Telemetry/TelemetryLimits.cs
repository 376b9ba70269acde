namespace Waste.Telemetry;

/// <summary>Bounds on what a device may send. Anything beyond them is refused with a counted reason.</summary>
public static class TelemetryLimits
{
    /// <summary>Azure IoT Hub's own limit for a device-to-cloud message.</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    /// <summary>A day of 1-minute samples; a device's offline buffer replays in messages of at most this many.</summary>
    public const int MaxReadingsPerMessage = 1440;

    /// <summary>How far ahead of the cloud's clock a reading may be (device clocks drift; SNTP fixes them).</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(10);

    /// <summary>How old a reading may be: a device's offline buffer holds at most about a week.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>The most alarm or fault names one reading may carry.</summary>
    public const int MaxNamesPerReading = 16;

    /// <summary>The longest alarm or fault name.</summary>
    public const int MaxNameLength = 32;

    /// <summary>The longest device id accepted (Azure IoT Hub allows 128).</summary>
    public const int MaxDeviceIdLength = 128;
}
