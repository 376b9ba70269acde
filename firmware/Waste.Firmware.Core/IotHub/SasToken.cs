using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.IotHub;

/// <summary>
/// Builds the shared access signature a device presents as its MQTT password:
/// <c>SharedAccessSignature sr={url-encoded hub/devices/id}&amp;sig={url-encoded base64 HMAC}&amp;se={expiry}</c>,
/// where the HMAC-SHA256 is over <c>sr + "\n" + expiry</c> under the device's base64-decoded key.
/// </summary>
public static class SasToken
{
    /// <summary>The resource a device token grants: <c>{hub-host}/devices/{device-id}</c>.</summary>
    public static string ResourceUri(string hubHost, string deviceId) => hubHost + "/devices/" + deviceId;

    /// <summary>A token for <paramref name="deviceId"/> valid until <paramref name="expiresAtUnixSeconds"/>.</summary>
    public static string Create(
        string hubHost, string deviceId, string base64DeviceKey, long expiresAtUnixSeconds, IHmacSha256 hmac)
    {
        var resource = UrlEncoding.Encode(ResourceUri(hubHost, deviceId));
        var expiry = expiresAtUnixSeconds.ToString();
        var signature = hmac.Compute(System.Convert.FromBase64String(base64DeviceKey), Utf8.GetBytes(resource + "\n" + expiry));
        return "SharedAccessSignature sr=" + resource
            + "&sig=" + UrlEncoding.Encode(System.Convert.ToBase64String(signature))
            + "&se=" + expiry;
    }
}
