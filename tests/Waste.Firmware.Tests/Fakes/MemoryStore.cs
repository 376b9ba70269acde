using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>RTC memory or a flash file, in RAM; counts writes (flash wear).</summary>
internal sealed class MemoryStore : IByteStore
{
    private byte[] _data = [];

    public int Saves { get; private set; }

    public byte[] Load() => (byte[])_data.Clone();

    public void Save(byte[] data)
    {
        _data = (byte[])data.Clone();
        Saves++;
    }

    public void Erase() => _data = [];

    public void Corrupt() => _data = _data.Length == 0 ? [1, 2, 3] : _data[..(_data.Length / 2)];
}
