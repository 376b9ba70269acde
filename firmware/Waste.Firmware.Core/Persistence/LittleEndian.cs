namespace Waste.Firmware.Core.Persistence;

/// <summary>Whole numbers in a byte array, little-endian: the stores' and the reading records' layout.</summary>
public static class LittleEndian
{
    /// <summary>Writes <paramref name="value"/> into 8 bytes at <paramref name="at"/>.</summary>
    public static void PutInt64(byte[] bytes, int at, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            bytes[at + i] = (byte)(value >> (8 * i));
        }
    }

    /// <summary>Reads 8 bytes at <paramref name="at"/>.</summary>
    public static long Int64(byte[] bytes, int at)
    {
        long value = 0;
        for (var i = 7; i >= 0; i--)
        {
            value = (value << 8) | bytes[at + i];
        }

        return value;
    }

    /// <summary>Writes <paramref name="value"/> into 4 bytes at <paramref name="at"/>.</summary>
    public static void PutInt32(byte[] bytes, int at, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            bytes[at + i] = (byte)(value >> (8 * i));
        }
    }

    /// <summary>Reads 4 bytes at <paramref name="at"/>.</summary>
    public static int Int32(byte[] bytes, int at)
    {
        var value = 0;
        for (var i = 3; i >= 0; i--)
        {
            value = (value << 8) | bytes[at + i];
        }

        return value;
    }
}
