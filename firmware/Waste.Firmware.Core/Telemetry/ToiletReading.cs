using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A public toilet's reading: occupancy and use since the previous reading, odour, alarms and faults. A
/// value that was not measured is NaN and is left out of the message.</summary>
public sealed class ToiletReading : IReading
{
    /// <summary>Creates a reading.</summary>
    public ToiletReading(
        long sequence, long time, bool occupied, long visits, long occupiedSeconds, double ammoniaPpm,
        double hydrogenSulphidePpm, double temperatureCelsius, double batteryVolts, string[] alarms, string[] faults)
    {
        Sequence = sequence;
        Time = time;
        Occupied = occupied;
        Visits = visits;
        OccupiedSeconds = occupiedSeconds;
        AmmoniaPpm = ammoniaPpm;
        HydrogenSulphidePpm = hydrogenSulphidePpm;
        TemperatureCelsius = temperatureCelsius;
        BatteryVolts = batteryVolts;
        Alarms = alarms;
        Faults = faults;
    }

    /// <inheritdoc />
    public long Sequence { get; }

    /// <inheritdoc />
    public long Time { get; }

    /// <summary>Occupied at the reading's time.</summary>
    public bool Occupied { get; }

    /// <summary>Visits that ended since the previous reading.</summary>
    public long Visits { get; }

    /// <summary>Seconds occupied since the previous reading.</summary>
    public long OccupiedSeconds { get; }

    /// <summary>Ammonia, ppm; NaN when not measured (warming up or faulty).</summary>
    public double AmmoniaPpm { get; }

    /// <summary>Hydrogen sulphide, ppm; NaN when not measured.</summary>
    public double HydrogenSulphidePpm { get; }

    /// <summary>Air temperature, °C; NaN when not measured.</summary>
    public double TemperatureCelsius { get; }

    /// <summary>Battery voltage, V; NaN when not measured (a mains-powered node).</summary>
    public double BatteryVolts { get; }

    /// <summary>Debounced alarms active at the reading's time.</summary>
    public string[] Alarms { get; }

    /// <summary>Sensor faults at the reading's time.</summary>
    public string[] Faults { get; }

    /// <inheritdoc />
    public void WriteFields(JsonWriter writer)
    {
        writer.Name(TelemetrySchema.Occupied).Boolean(Occupied);
        writer.Name(TelemetrySchema.Visits).Number(Visits);
        writer.Name(TelemetrySchema.OccupiedSeconds).Number(OccupiedSeconds);
        ReadingFields.Number(writer, TelemetrySchema.AmmoniaPpm, AmmoniaPpm, 1);
        ReadingFields.Number(writer, TelemetrySchema.HydrogenSulphidePpm, HydrogenSulphidePpm, 2);
        ReadingFields.Number(writer, TelemetrySchema.TemperatureCelsius, TemperatureCelsius, 1);
        ReadingFields.Number(writer, TelemetrySchema.BatteryVolts, BatteryVolts, 2);
        ReadingFields.Names(writer, TelemetrySchema.Alarms, Alarms);
        ReadingFields.Names(writer, TelemetrySchema.Faults, Faults);
    }
}
