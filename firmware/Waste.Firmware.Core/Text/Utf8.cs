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
