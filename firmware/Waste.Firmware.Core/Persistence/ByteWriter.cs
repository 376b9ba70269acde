using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Persistence;

/// <summary>Writes numbers and strings into a growing byte array, little-endian, for an <see cref="IByteStore"/>.
/// <see cref="ByteReader"/> reads them back in the same order.</summary>
public sealed class ByteWriter
{
    private byte[] _buffer = new byte[64];
    private int _length;

    /// <summary>Appends a 64-bit integer.</summary>
    public ByteWriter Int64(long value)
    {
        for (var i = 0; i < 8; i++)
        {
            Byte((byte)(value >> (8 * i)));
        }

        return this;
    }

    /// <summary>Appends a double by its IEEE 754 bits.</summary>
    public ByteWriter Double(double value) => Int64(System.BitConverter.DoubleToInt64Bits(value));

    /// <summary>Appends a boolean as one byte.</summary>
    public ByteWriter Boolean(bool value) => Byte(value ? (byte)1 : (byte)0);

    /// <summary>Appends a string as its UTF-8 length and bytes.</summary>
    public ByteWriter String(string value)
    {
        var bytes = Utf8.GetBytes(value);
        Int64(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            Byte(bytes[i]);
        }

        return this;
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray()
    {
        var result = new byte[_length];
        System.Array.Copy(_buffer, result, _length);
        return result;
    }

    private ByteWriter Byte(byte value)
    {
        if (_length == _buffer.Length)
        {
            var larger = new byte[_buffer.Length * 2];
            System.Array.Copy(_buffer, larger, _length);
            _buffer = larger;
        }

        _buffer[_length++] = value;
        return this;
    }
}
