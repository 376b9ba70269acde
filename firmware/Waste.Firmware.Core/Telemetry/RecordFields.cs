using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>The pieces of a reading record: a measured value as a 32-bit whole number of its last sent place
/// (absent when not measured), and a set of alarm or fault names as bits over the kind's list of them.</summary>
public static class RecordFields
{
    /// <summary>What an absent value is stored as.</summary>
    public const int Absent = int.MinValue;

    /// <summary>Writes <paramref name="value"/> rounded to <paramref name="decimals"/> places into 4 bytes at
    /// <paramref name="at"/>; NaN, and a value beyond what 32 bits hold at that many places (no sensor of this
    /// firmware reads one), are written as absent: the message then leaves the member out, "not measured".</summary>
    public static void PutValue(byte[] record, int at, double value, int decimals)
    {
        var scaled = (long)Absent;
        if (value > -2e9 && value < 2e9)
        {
            var rounded = DecimalText.Round(value, decimals);
            scaled = rounded > Absent && rounded <= int.MaxValue ? rounded : Absent;
        }

        LittleEndian.PutInt32(record, at, (int)scaled);
    }

    /// <summary>The value at <paramref name="at"/>, of <paramref name="decimals"/> places; NaN when absent.</summary>
    public static double Value(byte[] record, int at, int decimals)
    {
        var scaled = LittleEndian.Int32(record, at);
        if (scaled == Absent)
        {
            return double.NaN;
        }

        double scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        return scaled / scale;
    }

    /// <summary>Writes a whole number, clamped to 32 bits, into 4 bytes at <paramref name="at"/>.</summary>
    public static void PutCount(byte[] record, int at, long value) =>
        LittleEndian.PutInt32(record, at, value > int.MaxValue ? int.MaxValue : value < 0 ? 0 : (int)value);

    /// <summary><paramref name="names"/> as bits over <paramref name="known"/>; a name not in the list is a mistake of
    /// the firmware and throws.</summary>
    public static byte NameBits(string[] names, string[] known)
    {
        var bits = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var index = known.Length - 1;
            while (index >= 0 && known[index] != names[i])
            {
                index--;
            }

            if (index < 0)
            {
                throw new System.ArgumentException("no record bit for " + names[i], nameof(names));
            }

            bits |= 1 << index;
        }

        return (byte)bits;
    }

    /// <summary>The names of <paramref name="bits"/> over <paramref name="known"/>, in the list's order.</summary>
    public static string[] Names(int bits, string[] known)
    {
        if (bits == 0)
        {
            return ReadingFields.None;
        }

        var count = 0;
        for (var i = 0; i < known.Length; i++)
        {
            count += (bits >> i) & 1;
        }

        var names = new string[count];
        var at = 0;
        for (var i = 0; i < known.Length; i++)
        {
            if (((bits >> i) & 1) != 0)
            {
                names[at++] = known[i];
            }
        }

        return names;
    }
}
