using Waste.Registry;

namespace Waste.Hub;

/// <summary>Decides whether an MQTT connection is the device it claims to be, the way Azure IoT Hub does, and refuses
/// a token that runs longer than <paramref name="maxTokenLifetime"/> (unlimited when null).</summary>
public sealed class DeviceAuthenticator(IDeviceRegistry registry, string hubHost, TimeSpan? maxTokenLifetime = null)
{
    /// <summary>Null when the connection may proceed, else why not.</summary>
    public ConnectionRefusal? Check(string clientId, string? userName, string? password, DateTimeOffset now)
    {
        if (!DeviceId.IsValid(clientId))
        {
            return ConnectionRefusal.BadClientId;
        }

        var expectedPrefix = $"{hubHost}/{clientId}/?";
        if (userName is null
            || !userName.StartsWith(expectedPrefix, StringComparison.OrdinalIgnoreCase)
            || !userName[expectedPrefix.Length..].Split('&').Any(p => p.StartsWith("api-version=", StringComparison.Ordinal)))
        {
            return ConnectionRefusal.BadUserName;
        }

        var device = registry.Find(clientId);
        if (device is null)
        {
            return ConnectionRefusal.UnknownDevice;
        }

        if (device.State == DeviceState.Revoked)
        {
            return ConnectionRefusal.Revoked;
        }

        // After a key rotation the previous key, kept as secondary, stays valid until the device is updated.
        var verdict = SasTokenValidator.Check(password, hubHost, clientId, device.PrimaryKey, now, maxTokenLifetime);
        if (verdict == SasTokenVerdict.BadSignature && device.SecondaryKey is { } secondary)
        {
            verdict = SasTokenValidator.Check(password, hubHost, clientId, secondary, now, maxTokenLifetime);
        }

        return verdict switch
        {
            SasTokenVerdict.Valid => null,
            SasTokenVerdict.Expired => ConnectionRefusal.ExpiredToken,
            SasTokenVerdict.TooLong => ConnectionRefusal.TokenTooLong,
            SasTokenVerdict.BadSignature => ConnectionRefusal.BadSignature,
            _ => ConnectionRefusal.BadToken,
        };
    }
}
