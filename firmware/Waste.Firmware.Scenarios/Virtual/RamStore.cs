using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>
/// RTC memory or a flash file, in RAM of a fixed size allocated once, as the device's storage is no part of its
/// managed heap: saving copies into it, loading gives a new array, as reading a file on the device does. The
/// scenario can garble it as a power cut mid-write would.
/// </summary>
public sealed class RamStore : IByteStore
{
    private readonly byte[] _storage;

    /// <summary>Creates a store of <paramref name="capacity"/> bytes.</summary>
    public RamStore(int capacity) => _storage = new byte[capacity];

    /// <summary>Bytes of the last save.</summary>
    public int Length { get; private set; }

    /// <inheritdoc />
    public byte[] Load()
    {
        var copy = new byte[Length];
        System.Array.Copy(_storage, copy, Length);
        return copy;
    }

    /// <inheritdoc />
    public void Save(byte[] data)
    {
        if (data.Length > _storage.Length)
        {
            throw new System.ArgumentException("a record of " + data.Length.ToString() + " bytes in a store of " + _storage.Length.ToString());
        }

        System.Array.Copy(data, _storage, data.Length);
        Length = data.Length;
    }

    /// <summary>Keeps the first half only.</summary>
    public void Garble() => Length /= 2;
}
