using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Persistence;

/// <summary>Writes numbers, strings and byte runs into a byte array, little-endian, for an <see cref="IByteStore"/>.
/// <see cref="ByteReader"/> reads them back in the same order. Give it the record's size when known: it then
/// allocates once, where growing would copy the record at each doubling.</summary>
public sealed class ByteWriter
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public ByteWriter(int capacity = 64)
    {
        _buffer = new byte[capacity < 16 ? 16 : capacity];
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>Appends a 64-bit integer.</summary>
    public ByteWriter Int64(long value)
    {
        Reserve(8);
        LittleEndian.PutInt64(_buffer, _length, value);
        _length += 8;
        return this;
    }

    /// <summary>Appends a double by its IEEE 754 bits.</summary>
    public ByteWriter Double(double value) => Int64(System.BitConverter.DoubleToInt64Bits(value));

    /// <summary>Appends a boolean as one byte.</summary>
    public ByteWriter Boolean(bool value)
    {
        Reserve(1);
        _buffer[_length++] = value ? (byte)1 : (byte)0;
        return this;
    }

    /// <summary>Appends a string as its UTF-8 length and bytes.</summary>
    public ByteWriter String(string value)
    {
        var bytes = Utf8.GetBytes(value);
        Int64(bytes.Length);
        return Bytes(bytes, 0, bytes.Length);
    }

    /// <summary>Appends <paramref name="count"/> bytes of <paramref name="source"/> from <paramref name="offset"/>, as
    /// they are (the reader must know how many to take back).</summary>
    public ByteWriter Bytes(byte[] source, int offset, int count)
    {
        Reserve(count);
        System.Array.Copy(source, offset, _buffer, _length, count);
        _length += count;
        return this;
    }

    /// <summary>The bytes written so far: the buffer itself when it is exactly full, else a copy.</summary>
    public byte[] ToArray()
    {
        if (_length == _buffer.Length)
        {
            return _buffer;
        }

        var result = new byte[_length];
        System.Array.Copy(_buffer, result, _length);
        return result;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var larger = new byte[_buffer.Length * 2 + bytes];
            System.Array.Copy(_buffer, larger, _length);
            _buffer = larger;
        }
    }
}
