namespace Waste.Firmware.Core.Telemetry;

/// <summary>Which clock a device's timestamps are on.</summary>
public enum ClockSource
{
    /// <summary>Unix seconds, UTC, synchronised by SNTP.</summary>
    Utc,

    /// <summary>Seconds since boot: the device has not synchronised its clock yet.</summary>
    Uptime,
}
