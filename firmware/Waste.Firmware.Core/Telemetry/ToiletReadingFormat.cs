using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A toilet reading's record, 43 bytes: sequence, time, occupied, visits, occupied seconds, NH3 (1 place),
/// H2S (2), temperature (1), battery (2), alarm bits, fault bits.</summary>
public sealed class ToiletReadingFormat : IReadingFormat
{
    /// <summary>The one instance.</summary>
    public static readonly ToiletReadingFormat Instance = new ToiletReadingFormat();

    // In the order the node lists them, so that a reading read back lists them as it did.
    private static readonly string[] AlarmNames =
    {
        TelemetrySchema.AlarmOdour, TelemetrySchema.AlarmStuckOccupied, TelemetrySchema.AlarmLeak,
        TelemetrySchema.AlarmSuppliesLow, TelemetrySchema.AlarmLowBattery,
    };

    private static readonly string[] FaultNames = { TelemetrySchema.FaultOdourSensor };

    private ToiletReadingFormat()
    {
    }

    /// <inheritdoc />
    public int RecordBytes => 43;

    /// <inheritdoc />
    public void Write(IReading reading, byte[] records, int at)
    {
        var toilet = (ToiletReading)reading;
        LittleEndian.PutInt64(records, at, toilet.Sequence);
        LittleEndian.PutInt64(records, at + 8, toilet.Time);
        records[at + 16] = toilet.Occupied ? (byte)1 : (byte)0;
        RecordFields.PutCount(records, at + 17, toilet.Visits);
        RecordFields.PutCount(records, at + 21, toilet.OccupiedSeconds);
        RecordFields.PutValue(records, at + 25, toilet.AmmoniaPpm, 1);
        RecordFields.PutValue(records, at + 29, toilet.HydrogenSulphidePpm, 2);
        RecordFields.PutValue(records, at + 33, toilet.TemperatureCelsius, 1);
        RecordFields.PutValue(records, at + 37, toilet.BatteryVolts, 2);
        records[at + 41] = RecordFields.NameBits(toilet.Alarms, AlarmNames);
        records[at + 42] = RecordFields.NameBits(toilet.Faults, FaultNames);
    }

    /// <inheritdoc />
    public IReading Read(byte[] records, int at) => new ToiletReading(
        LittleEndian.Int64(records, at), LittleEndian.Int64(records, at + 8), records[at + 16] != 0,
        LittleEndian.Int32(records, at + 17), LittleEndian.Int32(records, at + 21),
        RecordFields.Value(records, at + 25, 1), RecordFields.Value(records, at + 29, 2),
        RecordFields.Value(records, at + 33, 1), RecordFields.Value(records, at + 37, 2),
        RecordFields.Names(records[at + 41], AlarmNames), RecordFields.Names(records[at + 42], FaultNames));
}
