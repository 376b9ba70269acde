namespace Waste.Firmware.Core.Telemetry;

/// <summary>Names of the device twin's desired and reported properties (docs/device-protocol.md, "Device twin").</summary>
public static class TwinSchema
{
    /// <summary>Twin document member holding the desired properties.</summary>
    public const string Desired = "desired";

    /// <summary>Desired properties member: the version IoT Hub gives every change.</summary>
    public const string Version = "$version";

    /// <summary>Desired: seconds between samples.</summary>
    public const string SamplePeriodSeconds = "sample_period_s";

    /// <summary>Desired: send at least this often, hours.</summary>
    public const string HeartbeatHours = "heartbeat_h";

    /// <summary>Desired: readings per message at most.</summary>
    public const string BatchMax = "batch_max";

    /// <summary>Desired: send early on a fill change this large, percent.</summary>
    public const string FillStepPercent = "fill_step_pct";

    /// <summary>Desired: bin depth, metres.</summary>
    public const string BinDepthMetres = "bin_depth_m";

    /// <summary>Desired: sensor height above the rim, metres.</summary>
    public const string SensorOffsetMetres = "sensor_offset_m";

    /// <summary>Desired: fire alarm temperature, °C.</summary>
    public const string FireTemperatureCelsius = "fire_temp_c";

    /// <summary>Desired: fire alarm rate of rise, °C per minute.</summary>
    public const string FireRiseCelsiusPerMinute = "fire_rise_c_per_min";

    /// <summary>Desired: low battery alarm voltage, V.</summary>
    public const string LowBatteryVolts = "low_battery_v";

    /// <summary>Desired: NH3 alarm threshold, ppm.</summary>
    public const string AmmoniaAlarmPpm = "nh3_alarm_ppm";

    /// <summary>Desired: H2S alarm threshold, ppm.</summary>
    public const string HydrogenSulphideAlarmPpm = "h2s_alarm_ppm";

    /// <summary>Desired: odour alarm needs k samples over threshold...</summary>
    public const string OdourK = "odour_k";

    /// <summary>Desired: ...of the last n.</summary>
    public const string OdourN = "odour_n";

    /// <summary>Desired: stuck-occupied alarm after this many minutes.</summary>
    public const string StuckOccupiedMinutes = "stuck_occupied_min";

    /// <summary>Reported: firmware version.</summary>
    public const string FirmwareVersion = "fw";

    /// <summary>Reported: the desired <c>$version</c> now applied.</summary>
    public const string ConfigVersion = "config_version";

    /// <summary>Reported: null, or why the last patch was refused.</summary>
    public const string ConfigError = "config_error";

    /// <summary>Reported: offline buffer capacity, readings.</summary>
    public const string BufferCapacity = "buffer_capacity";

    /// <summary>Reported: readings the offline buffer dropped since power-on.</summary>
    public const string BufferDropped = "buffer_dropped";

    /// <summary>Reported: NH3 sensor's clean-air resistance R0, ohms.</summary>
    public const string AmmoniaR0 = "odour_r0_nh3";

    /// <summary>Reported: H2S sensor's clean-air resistance R0, ohms.</summary>
    public const string HydrogenSulphideR0 = "odour_r0_h2s";

    /// <summary>Reported, beyond the protocol's list: why the last cloud-to-device command or method was refused
    /// (a cloud-to-device message has no answer channel of its own).</summary>
    public const string CommandError = "command_error";

    /// <summary>Reported: battery voltage, V.</summary>
    public const string BatteryVolts = "batt_v";
}
