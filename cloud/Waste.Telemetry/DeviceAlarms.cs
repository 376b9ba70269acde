namespace Waste.Telemetry;

/// <summary>Alarm names a device may report in a reading's <c>alarms</c>, each debounced on the device.</summary>
public static class DeviceAlarms
{
    /// <summary>Bin temperature over its limit, or rising too fast.</summary>
    public const string Fire = "fire";

    /// <summary>Bin knocked over.</summary>
    public const string Tilt = "tilt";

    /// <summary>A short distance that persists: lid open or something blocking the sensor.</summary>
    public const string LidOpen = "lid_open";

    /// <summary>Battery below its limit.</summary>
    public const string LowBattery = "low_battery";

    /// <summary>NH3 or H2S over its threshold in k of the last n samples.</summary>
    public const string Odour = "odour";

    /// <summary>Occupied longer than the configured limit: someone may need help.</summary>
    public const string StuckOccupied = "stuck_occupied";

    /// <summary>Water on the floor.</summary>
    public const string Leak = "leak";

    /// <summary>Paper or soap running out.</summary>
    public const string SuppliesLow = "supplies_low";
}
