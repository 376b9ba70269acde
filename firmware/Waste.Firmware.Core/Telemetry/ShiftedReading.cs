using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>A reading whose time is moved by a fixed offset: from the monotonic clock it was kept on to the clock of
/// the message that carries it.</summary>
public sealed class ShiftedReading : IReading
{
    private readonly IReading _reading;

    /// <summary>Wraps <paramref name="reading"/>, its time plus <paramref name="offsetSeconds"/>.</summary>
    public ShiftedReading(IReading reading, long offsetSeconds)
    {
        _reading = reading;
        Time = reading.Time + offsetSeconds;
    }

    /// <inheritdoc />
    public long Sequence => _reading.Sequence;

    /// <inheritdoc />
    public long Time { get; }

    /// <inheritdoc />
    public void WriteFields(JsonWriter writer) => _reading.WriteFields(writer);
}
