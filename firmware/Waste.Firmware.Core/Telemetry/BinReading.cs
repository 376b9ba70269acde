using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A waste bin's reading. A value that was not measured (a faulty sensor) is NaN and is left out of the
/// message, never sent as a reading.</summary>
public sealed class BinReading : IReading
{
    /// <summary>Creates a reading of fill and temperature alone.</summary>
    public BinReading(long sequence, long time, double distanceMetres, double fillPercent, double temperatureCelsius)
        : this(sequence, time, distanceMetres, fillPercent, temperatureCelsius, double.NaN, ReadingFields.None, ReadingFields.None)
    {
    }

    /// <summary>Creates a reading with battery, alarms and faults.</summary>
    public BinReading(
        long sequence, long time, double distanceMetres, double fillPercent, double temperatureCelsius,
        double batteryVolts, string[] alarms, string[] faults)
    {
        Sequence = sequence;
        Time = time;
        DistanceMetres = distanceMetres;
        FillPercent = fillPercent;
        TemperatureCelsius = temperatureCelsius;
        BatteryVolts = batteryVolts;
        Alarms = alarms;
        Faults = faults;
    }

    /// <inheritdoc />
    public long Sequence { get; }

    /// <inheritdoc />
    public long Time { get; }

    /// <summary>Median distance from the sensor to the waste surface, metres; NaN when not measured.</summary>
    public double DistanceMetres { get; }

    /// <summary>Fill, percent of the bin's depth; NaN when not measured.</summary>
    public double FillPercent { get; }

    /// <summary>Air temperature in the enclosure, °C; NaN when not measured.</summary>
    public double TemperatureCelsius { get; }

    /// <summary>Battery voltage, V; NaN when not measured.</summary>
    public double BatteryVolts { get; }

    /// <summary>Debounced alarms active at the reading's time.</summary>
    public string[] Alarms { get; }

    /// <summary>Sensor faults at the reading's time.</summary>
    public string[] Faults { get; }

    /// <inheritdoc />
    public void WriteFields(JsonWriter writer)
    {
        ReadingFields.Number(writer, TelemetrySchema.FillPercent, FillPercent, 1);
        ReadingFields.Number(writer, TelemetrySchema.DistanceMetres, DistanceMetres, 3);
        ReadingFields.Number(writer, TelemetrySchema.TemperatureCelsius, TemperatureCelsius, 1);
        ReadingFields.Number(writer, TelemetrySchema.BatteryVolts, BatteryVolts, 2);
        ReadingFields.Names(writer, TelemetrySchema.Alarms, Alarms);
        ReadingFields.Names(writer, TelemetrySchema.Faults, Faults);
    }
}
