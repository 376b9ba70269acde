namespace Waste.Firmware.Core.Telemetry;

/// <summary>
/// How the offline buffer keeps readings of one kind: a fixed-size binary record each, holding what the message
/// will say (each value as the whole number of the places it is sent with), so that a full buffer is one byte array
/// instead of hundreds of objects, and the wake state writes and reads it in one copy.
/// </summary>
public interface IReadingFormat
{
    /// <summary>Bytes per record.</summary>
    int RecordBytes { get; }

    /// <summary>Writes <paramref name="reading"/> (of this format's kind) into <paramref name="records"/> at
    /// <paramref name="at"/>.</summary>
    void Write(IReading reading, byte[] records, int at);

    /// <summary>The reading of the record at <paramref name="at"/>, which writes the same message members as the
    /// reading it was made from.</summary>
    IReading Read(byte[] records, int at);
}
