namespace Waste.Firmware.Core.IotHub;

/// <summary>Who the device is to the hub: the hub's host name, its device id and its own key (base64).</summary>
public sealed class DeviceIdentity
{
    /// <summary>The longest device id the protocol allows.</summary>
    public const int MaxDeviceIdLength = 128;

    /// <summary>Creates an identity; a device id outside the protocol's alphabet or a key that is not base64 is
    /// refused here, at boot, rather than by the hub later.</summary>
    public DeviceIdentity(string hubHost, string deviceId, string base64Key)
    {
        if (hubHost.Length == 0)
        {
            throw new System.ArgumentException("hub host is empty", nameof(hubHost));
        }

        if (!IsValidDeviceId(deviceId))
        {
            throw new System.ArgumentException("device id must be 1-128 of A-Z a-z 0-9 - . _ :", nameof(deviceId));
        }

        if (System.Convert.FromBase64String(base64Key).Length == 0)
        {
            throw new System.ArgumentException("device key is empty", nameof(base64Key));
        }

        HubHost = hubHost;
        DeviceId = deviceId;
        Base64Key = base64Key;
    }

    /// <summary>The hub's host name, as in the SAS token's resource.</summary>
    public string HubHost { get; }

    /// <summary>The device id: MQTT client id and topic segment.</summary>
    public string DeviceId { get; }

    /// <summary>The device's key, base64.</summary>
    public string Base64Key { get; }

    /// <summary>True for 1-128 characters of <c>A-Z a-z 0-9 - . _ :</c> (docs/device-protocol.md).</summary>
    public static bool IsValidDeviceId(string deviceId)
    {
        if (deviceId.Length == 0 || deviceId.Length > MaxDeviceIdLength)
        {
            return false;
        }

        for (var i = 0; i < deviceId.Length; i++)
        {
            var c = deviceId[i];
            var ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == ':';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
