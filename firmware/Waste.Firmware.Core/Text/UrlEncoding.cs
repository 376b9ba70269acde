namespace Waste.Firmware.Core.Text;

/// <summary>Percent-encoding for the parts of a SAS token and of topic property bags (RFC 3986 unreserved characters
/// stay, everything else becomes %XX of its UTF-8 bytes), as Azure IoT Hub expects.</summary>
public static class UrlEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>The percent-encoded form of <paramref name="text"/>.</summary>
    public static string Encode(string text)
    {
        var bytes = Utf8.GetBytes(text);
        var encoded = new char[bytes.Length * 3];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (IsUnreserved(b))
            {
                encoded[length++] = (char)b;
            }
            else
            {
                encoded[length++] = '%';
                encoded[length++] = HexDigits[b >> 4];
                encoded[length++] = HexDigits[b & 0xF];
            }
        }

        return new string(encoded, 0, length);
    }

    private static bool IsUnreserved(byte b) =>
        (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
}
