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
            int code = text[i];
            if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
            {
                code = 0x10000 + ((code - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                i++;
            }
            else if (code >= 0xD800 && code <= 0xDFFF)
            {
                code = 0xFFFD;
            }

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
        }

        return bytes;
    }

    /// <summary>The text of UTF-8 <paramref name="bytes"/>; <paramref name="valid"/> is false (and the text cut
    /// short) at the first byte sequence that is not well-formed UTF-8.</summary>
    public static string GetString(byte[] bytes, out bool valid)
    {
        var chars = new char[bytes.Length];
        var length = 0;
        var i = 0;
        valid = true;
        while (i < bytes.Length)
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

            if (i + continuation >= bytes.Length)
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
            int code = text[i];
            if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
            {
                count += 4;
                i++;
            }
            else
            {
                count += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
            }
        }

        return count;
    }
}
