using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Persistence;

/// <summary>
/// Reads back what a <see cref="ByteWriter"/> wrote. Stored bytes can be cut short or garbled (a power cut during a
/// write, RTC memory after a cold boot), so it never throws: past the end or on a bad length it returns zeros and
/// empty strings and sets <see cref="Failed"/>, and the caller discards the whole record.
/// </summary>
public sealed class ByteReader
{
    private readonly byte[] _data;
    private int _at;

    /// <summary>Reads <paramref name="data"/> from its start.</summary>
    public ByteReader(byte[] data) => _data = data;

    /// <summary>True once a read went past the end or met a length that cannot be.</summary>
    public bool Failed { get; private set; }

    /// <summary>True when every byte was read and none was missing.</summary>
    public bool EndedCleanly => !Failed && _at == _data.Length;

    /// <summary>Reads a 64-bit integer.</summary>
    public long Int64()
    {
        if (_at + 8 > _data.Length)
        {
            Failed = true;
            _at = _data.Length;
            return 0;
        }

        var value = LittleEndian.Int64(_data, _at);
        _at += 8;
        return value;
    }

    /// <summary>Reads a double.</summary>
    public double Double() => System.BitConverter.Int64BitsToDouble(Int64());

    /// <summary>Reads a boolean.</summary>
    public bool Boolean()
    {
        if (_at >= _data.Length)
        {
            Failed = true;
            return false;
        }

        return _data[_at++] != 0;
    }

    /// <summary>Reads <paramref name="count"/> bytes into <paramref name="into"/> at <paramref name="offset"/>; false
    /// (and <see cref="Failed"/>) when fewer are left.</summary>
    public bool Bytes(byte[] into, int offset, int count)
    {
        if (count < 0 || count > _data.Length - _at)
        {
            Failed = true;
            _at = _data.Length;
            return false;
        }

        System.Array.Copy(_data, _at, into, offset, count);
        _at += count;
        return true;
    }

    /// <summary>Reads a string.</summary>
    public string String()
    {
        var length = Int64();
        if (length < 0 || length > _data.Length - _at)
        {
            Failed = true;
            _at = _data.Length;
            return "";
        }

        var bytes = new byte[length];
        System.Array.Copy(_data, _at, bytes, 0, (int)length);
        _at += (int)length;
        var text = Utf8.GetString(bytes, out var valid);
        if (!valid)
        {
            Failed = true;
        }

        return text;
    }
}
