namespace Waste.Firmware.Core.Persistence;

/// <summary>
/// A small block of bytes that outlives the running program: RTC memory, which survives deep sleep but not a power
/// loss, or a file in flash, which survives both but wears with every write. The ESP32 layer and the simulator each
/// implement it.
/// </summary>
public interface IByteStore
{
    /// <summary>What was last saved; an empty array when nothing was.</summary>
    byte[] Load();

    /// <summary>Replaces what is stored with <paramref name="data"/>.</summary>
    void Save(byte[] data);
}
