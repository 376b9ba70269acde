using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Core.Config;

/// <summary>The table of desired twin properties, in the order of a configuration's values.</summary>
public static class ConfigurationProperties
{
    /// <summary>Index of <c>sample_period_s</c>.</summary>
    public const int SamplePeriodSeconds = 0;

    /// <summary>Index of <c>heartbeat_h</c>.</summary>
    public const int HeartbeatHours = 1;

    /// <summary>Index of <c>batch_max</c>.</summary>
    public const int BatchMax = 2;

    /// <summary>Index of <c>fill_step_pct</c>.</summary>
    public const int FillStepPercent = 3;

    /// <summary>Index of <c>bin_depth_m</c>.</summary>
    public const int BinDepthMetres = 4;

    /// <summary>Index of <c>sensor_offset_m</c>.</summary>
    public const int SensorOffsetMetres = 5;

    /// <summary>Index of <c>fire_temp_c</c>.</summary>
    public const int FireTemperatureCelsius = 6;

    /// <summary>Index of <c>fire_rise_c_per_min</c>.</summary>
    public const int FireRiseCelsiusPerMinute = 7;

    /// <summary>Index of <c>low_battery_v</c>.</summary>
    public const int LowBatteryVolts = 8;

    /// <summary>Index of <c>nh3_alarm_ppm</c>.</summary>
    public const int AmmoniaAlarmPpm = 9;

    /// <summary>Index of <c>h2s_alarm_ppm</c>.</summary>
    public const int HydrogenSulphideAlarmPpm = 10;

    /// <summary>Index of <c>odour_k</c>.</summary>
    public const int OdourK = 11;

    /// <summary>Index of <c>odour_n</c>.</summary>
    public const int OdourN = 12;

    /// <summary>Index of <c>stuck_occupied_min</c>.</summary>
    public const int StuckOccupiedMinutes = 13;

    /// <summary>Every property, by index.</summary>
    public static readonly ConfigurationProperty[] All =
    {
        new(TwinSchema.SamplePeriodSeconds, true, true, 60, 86400, true, 1800, 60),
        new(TwinSchema.HeartbeatHours, true, true, 1, 48, false, 6, 6),
        new(TwinSchema.BatchMax, true, true, 1, 1440, true, 48, 48),
        new(TwinSchema.FillStepPercent, true, false, 1, 100, false, 10, 10),
        new(TwinSchema.BinDepthMetres, true, false, 0.2, 3, false, 0.95, 0.95),
        new(TwinSchema.SensorOffsetMetres, true, false, 0, 1, false, 0.10, 0.10),
        new(TwinSchema.FireTemperatureCelsius, true, false, 40, 120, false, 70, 70),
        new(TwinSchema.FireRiseCelsiusPerMinute, true, false, 0.5, 20, false, 3, 3),
        new(TwinSchema.LowBatteryVolts, true, true, 2.8, 4.2, false, 3.4, 3.4),
        new(TwinSchema.AmmoniaAlarmPpm, false, true, 1, 500, false, 25, 25),
        new(TwinSchema.HydrogenSulphideAlarmPpm, false, true, 0.1, 100, false, 5, 5),
        new(TwinSchema.OdourK, false, true, 1, 32, true, 3, 3),
        new(TwinSchema.OdourN, false, true, 1, 32, true, 5, 5),
        new(TwinSchema.StuckOccupiedMinutes, false, true, 5, 240, false, 30, 30),
    };

    /// <summary>The index of the property named <paramref name="name"/>, or -1.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The defaults of <paramref name="kind"/>, by index.</summary>
    public static double[] Defaults(NodeKind kind)
    {
        var values = new double[All.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = All[i].DefaultFor(kind);
        }

        return values;
    }

    /// <summary>Why <paramref name="values"/> are not a valid configuration, or an empty string: each value in its
    /// range, and the rules between properties.</summary>
    public static string Check(double[] values)
    {
        if (values.Length != All.Length)
        {
            return "expected " + All.Length.ToString() + " values";
        }

        for (var i = 0; i < values.Length; i++)
        {
            var why = All[i].Check(values[i]);
            if (why.Length > 0)
            {
                return why;
            }
        }

        return values[OdourK] > values[OdourN] ? TwinSchema.OdourK + ": must not exceed " + TwinSchema.OdourN : "";
    }
}
