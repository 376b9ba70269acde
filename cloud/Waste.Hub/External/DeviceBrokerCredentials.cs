using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Waste.Hub.External;

/// <summary>
/// A device's user name and password on a shared broker, derived from its key so that the cloud and the device each
/// compute them and the broker never needs the key itself. The user name carries a tag of the key, so after a key
/// rotation the old key (now secondary) and the new one are two broker clients and both work until the next rotation,
/// as both SAS keys do on the embedded hub.
/// </summary>
public static class DeviceBrokerCredentials
{
    /// <summary><c>{device-id}/{key-tag}</c>, the tag being the first 8 hex digits of
    /// HMAC-SHA256(key, "mqtt-key-id:" + device id).</summary>
    public static string UserName(string deviceId, string base64Key)
    {
        var tag = Sign(base64Key, "mqtt-key-id:" + deviceId);
        return deviceId + "/" + string.Create(8, tag, static (chars, bytes) =>
        {
            for (var i = 0; i < 4; i++)
            {
                bytes[i].TryFormat(chars[(2 * i)..], out _, "x2", CultureInfo.InvariantCulture);
            }
        });
    }

    /// <summary>Base64 HMAC-SHA256(key, "mqtt-password:" + device id).</summary>
    public static string Password(string deviceId, string base64Key) =>
        Convert.ToBase64String(Sign(base64Key, "mqtt-password:" + deviceId));

    private static byte[] Sign(string base64Key, string text) =>
        HMACSHA256.HashData(Convert.FromBase64String(base64Key), Encoding.UTF8.GetBytes(text));
}
