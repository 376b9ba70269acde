using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>One timestamped, numbered reading that a telemetry message carries.</summary>
public interface IReading
{
    /// <summary>Per-device sequence number, one per reading; the cloud de-duplicates on it.</summary>
    long Sequence { get; }

    /// <summary>When it was taken, in seconds on the device's clock.</summary>
    long Time { get; }

    /// <summary>Writes the reading's own members (not sequence and time) into the open reading object.</summary>
    void WriteFields(JsonWriter writer);
}
