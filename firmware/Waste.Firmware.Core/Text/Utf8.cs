namespace Waste.Firmware.Core.Text;

/// <summary>UTF-8 encoding of strings: nanoFramework's mscorlib has no Encoding.UTF8 (it lives in a separate
/// package), and the device needs it for the bytes it signs and sends.</summary>
public static class Utf8
{
    /// <summary>The UTF-8 bytes of <paramref name="text"/>; a lone surrogate becomes U+FFFD.</summary>
    public static byte[] GetBytes(string text)
    {
        var bytes = new byte[CountBytes(text)];
        var at = 0;
        for (var i = 0; i < text.Length; i++)
        {
            at = Write(CodePointAt(text, ref i), bytes, at);
        }

        return bytes;
    }

    /// <summary>The code point at <paramref name="index"/> of <paramref name="text"/>, with <paramref name="index"/>
    /// moved onto the low half of a surrogate pair; a lone surrogate is U+FFFD.</summary>
    public static int CodePointAt(string text, ref int index)
    {
        int code = text[index];
        if (code >= 0xD800 && code <= 0xDBFF && index + 1 < text.Length && text[index + 1] >= 0xDC00 && text[index + 1] <= 0xDFFF)
        {
            index++;
            return 0x10000 + ((code - 0xD800) << 10) + (text[index] - 0xDC00);
        }

        return code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code;
    }

    /// <summary>How many bytes <paramref name="code"/> takes in UTF-8.</summary>
    public static int Length(int code) => code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;

    /// <summary>Writes <paramref name="code"/> into <paramref name="bytes"/> at <paramref name="at"/>; returns where
    /// the next byte goes.</summary>
    public static int Write(int code, byte[] bytes, int at)
    {
        if (code < 0x80)
        {
            bytes[at++] = (byte)code;
        }
        else if (code < 0x800)
        {
            bytes[at++] = (byte)(0xC0 | (code >> 6));
            bytes[at++] = (byte)(0x80 | (code & 0x3F));
        }
        else if (code < 0x10000)
        {
            bytes[at++] = (byte)(0xE0 | (code >> 12));
            bytes[at++] = (byte)(0x80 | ((code >> 6) & 0x3F));
            bytes[at++] = (byte)(0x80 | (code & 0x3F));
        }
        else
        {
            bytes[at++] = (byte)(0xF0 | (code >> 18));
            bytes[at++] = (byte)(0x80 | ((code >> 12) & 0x3F));
            bytes[at++] = (byte)(0x80 | ((code >> 6) & 0x3F));
            bytes[at++] = (byte)(0x80 | (code & 0x3F));
        }

        return at;
    }

    /// <summary>The text of UTF-8 <paramref name="bytes"/>; <paramref name="valid"/> is false (and the text cut
    /// short) at the first byte sequence that is not well-formed UTF-8.</summary>
    public static string GetString(byte[] bytes, out bool valid) => GetString(bytes, bytes.Length, out valid);

    /// <summary>The text of the first <paramref name="count"/> UTF-8 bytes of <paramref name="bytes"/>, as the other
    /// overload.</summary>
    public static string GetString(byte[] bytes, int count, out bool valid)
    {
        var chars = new char[count];
        var length = 0;
        var i = 0;
        valid = true;
        while (i < count)
        {
            int b = bytes[i];
            int code;
            int continuation;
            if (b < 0x80)
            {
                code = b;
                continuation = 0;
            }
            else if (b >= 0xC2 && b <= 0xDF)
            {
                code = b & 0x1F;
                continuation = 1;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                code = b & 0x0F;
                continuation = 2;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                code = b & 0x07;
                continuation = 3;
            }
            else
            {
                valid = false;
                break;
            }

            if (i + continuation >= count)
            {
                valid = false;
                break;
            }

            for (var k = 1; k <= continuation; k++)
            {
                int next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    valid = false;
                    break;
                }

                code = (code << 6) | (next & 0x3F);
            }

            if (!valid || (continuation == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
                || (continuation == 3 && (code < 0x10000 || code > 0x10FFFF)))
            {
                valid = false;
                break;
            }

            i += continuation + 1;
            if (code >= 0x10000)
            {
                code -= 0x10000;
                chars[length++] = (char)(0xD800 + (code >> 10));
                chars[length++] = (char)(0xDC00 + (code & 0x3FF));
            }
            else
            {
                chars[length++] = (char)code;
            }
        }

        return new string(chars, 0, length);
    }

    private static int CountBytes(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            count += Length(CodePointAt(text, ref i));
        }

        return count;
    }
}
