using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Reporting;
using Waste.Firmware.Core.Toilets;

namespace Waste.Firmware.Core.Config;

/// <summary>
/// A node's whole configuration: the twin's desired properties turned into the objects the logic uses (sampling
/// period, report policy, bin geometry, thresholds). Immutable: a twin patch builds a new one or none at all. The
/// power model reads the very same object.
/// </summary>
public sealed class DeviceConfiguration
{
    private readonly double[] _values;

    private DeviceConfiguration(double[] values)
    {
        _values = values;
        Report = new ReportPolicy(
            values[ConfigurationProperties.HeartbeatHours], (int)values[ConfigurationProperties.BatchMax],
            values[ConfigurationProperties.FillStepPercent]);
        Geometry = new BinGeometry(values[ConfigurationProperties.BinDepthMetres], values[ConfigurationProperties.SensorOffsetMetres]);
        Bin = new BinThresholds(
            values[ConfigurationProperties.FireTemperatureCelsius], values[ConfigurationProperties.FireRiseCelsiusPerMinute]);
        Toilet = new ToiletThresholds(
            values[ConfigurationProperties.AmmoniaAlarmPpm], values[ConfigurationProperties.HydrogenSulphideAlarmPpm],
            (int)values[ConfigurationProperties.OdourK], (int)values[ConfigurationProperties.OdourN],
            values[ConfigurationProperties.StuckOccupiedMinutes]);
    }

    /// <summary>Seconds between samples.</summary>
    public int SamplePeriodSeconds => (int)_values[ConfigurationProperties.SamplePeriodSeconds];

    /// <summary>When to send.</summary>
    public ReportPolicy Report { get; }

    /// <summary>Where the ultrasonic sensor sits in the bin.</summary>
    public BinGeometry Geometry { get; }

    /// <summary>A bin's alarm thresholds.</summary>
    public BinThresholds Bin { get; }

    /// <summary>A toilet's alarm thresholds.</summary>
    public ToiletThresholds Toilet { get; }

    /// <summary>Battery voltage under which low_battery is raised, V.</summary>
    public double LowBatteryVolts => _values[ConfigurationProperties.LowBatteryVolts];

    /// <summary>The defaults of <paramref name="kind"/> (docs/device-protocol.md).</summary>
    public static DeviceConfiguration Defaults(NodeKind kind) => new(ConfigurationProperties.Defaults(kind));

    /// <summary>The configuration of <paramref name="values"/> (by <see cref="ConfigurationProperties"/> index), or
    /// null with <paramref name="error"/> saying why they are not valid.</summary>
    public static DeviceConfiguration? From(double[] values, out string error)
    {
        error = ConfigurationProperties.Check(values);
        return error.Length == 0 ? new DeviceConfiguration(Copy(values)) : null;
    }

    /// <summary>A copy of the values, by <see cref="ConfigurationProperties"/> index.</summary>
    public double[] Values() => Copy(_values);

    private static double[] Copy(double[] values)
    {
        var copy = new double[values.Length];
        System.Array.Copy(values, copy, values.Length);
        return copy;
    }
}
