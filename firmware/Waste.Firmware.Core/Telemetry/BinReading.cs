using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A fill measurement of a waste bin.</summary>
public sealed class BinReading : IReading
{
    /// <summary>Creates a reading.</summary>
    public BinReading(long sequence, long time, double distanceMetres, double fillPercent, double temperatureCelsius)
    {
        Sequence = sequence;
        Time = time;
        DistanceMetres = distanceMetres;
        FillPercent = fillPercent;
        TemperatureCelsius = temperatureCelsius;
    }

    /// <inheritdoc />
    public long Sequence { get; }

    /// <inheritdoc />
    public long Time { get; }

    /// <summary>Median distance from the sensor to the waste surface, metres.</summary>
    public double DistanceMetres { get; }

    /// <summary>Fill, percent of the bin's depth.</summary>
    public double FillPercent { get; }

    /// <summary>Air temperature in the enclosure, °C.</summary>
    public double TemperatureCelsius { get; }

    /// <inheritdoc />
    public void WriteFields(JsonWriter writer)
    {
        writer.Name(TelemetrySchema.FillPercent).Number(FillPercent, 1);
        writer.Name(TelemetrySchema.DistanceMetres).Number(DistanceMetres, 3);
        writer.Name(TelemetrySchema.TemperatureCelsius).Number(TemperatureCelsius, 1);
    }
}
