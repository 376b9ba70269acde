using Waste.Firmware.Core.Persistence;

namespace Waste.Simulation.Platform;

/// <summary>RTC memory or a flash file, in memory: what the device saved, until the simulation ends.</summary>
public sealed class MemoryByteStore : IByteStore
{
    private byte[] _data = [];

    /// <inheritdoc />
    public byte[] Load() => _data;

    /// <inheritdoc />
    public void Save(byte[] data) => _data = data;
}
