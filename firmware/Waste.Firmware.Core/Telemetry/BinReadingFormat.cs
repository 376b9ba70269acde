using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A bin reading's record, 34 bytes: sequence, time, fill (1 place), distance (3), temperature (1),
/// battery (2), alarm bits, fault bits.</summary>
public sealed class BinReadingFormat : IReadingFormat
{
    /// <summary>The one instance.</summary>
    public static readonly BinReadingFormat Instance = new BinReadingFormat();

    // In the order the node lists them, so that a reading read back lists them as it did.
    private static readonly string[] AlarmNames =
    {
        TelemetrySchema.AlarmFire, TelemetrySchema.AlarmTilt, TelemetrySchema.AlarmLidOpen, TelemetrySchema.AlarmLowBattery,
    };

    private static readonly string[] FaultNames =
    {
        TelemetrySchema.FaultNoEcho, TelemetrySchema.FaultOutOfRange, TelemetrySchema.FaultStuck, TelemetrySchema.FaultTemperatureSensor,
    };

    private BinReadingFormat()
    {
    }

    /// <inheritdoc />
    public int RecordBytes => 34;

    /// <inheritdoc />
    public void Write(IReading reading, byte[] records, int at)
    {
        var bin = (BinReading)reading;
        LittleEndian.PutInt64(records, at, bin.Sequence);
        LittleEndian.PutInt64(records, at + 8, bin.Time);
        RecordFields.PutValue(records, at + 16, bin.FillPercent, 1);
        RecordFields.PutValue(records, at + 20, bin.DistanceMetres, 3);
        RecordFields.PutValue(records, at + 24, bin.TemperatureCelsius, 1);
        RecordFields.PutValue(records, at + 28, bin.BatteryVolts, 2);
        records[at + 32] = RecordFields.NameBits(bin.Alarms, AlarmNames);
        records[at + 33] = RecordFields.NameBits(bin.Faults, FaultNames);
    }

    /// <inheritdoc />
    public IReading Read(byte[] records, int at) => new BinReading(
        LittleEndian.Int64(records, at), LittleEndian.Int64(records, at + 8),
        RecordFields.Value(records, at + 20, 3), RecordFields.Value(records, at + 16, 1),
        RecordFields.Value(records, at + 24, 1), RecordFields.Value(records, at + 28, 2),
        RecordFields.Names(records[at + 32], AlarmNames), RecordFields.Names(records[at + 33], FaultNames));
}
