using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A reading restored from RTC memory after deep sleep: its number, its time and its members as they were
/// written when it was taken.</summary>
public sealed class StoredReading : IReading
{
    private readonly string _members;

    /// <summary>Creates a reading from its stored parts; <paramref name="members"/> is the inside of its JSON object.</summary>
    public StoredReading(long sequence, long time, string members)
    {
        Sequence = sequence;
        Time = time;
        _members = members;
    }

    /// <inheritdoc />
    public long Sequence { get; }

    /// <inheritdoc />
    public long Time { get; }

    /// <inheritdoc />
    public void WriteFields(JsonWriter writer) => writer.Members(_members);
}
