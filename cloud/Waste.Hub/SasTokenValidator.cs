using System.Security.Cryptography;
using System.Text;

namespace Waste.Hub;

/// <summary>Checks a device's shared access signature: right resource, not expired, signed with its key.</summary>
public static class SasTokenValidator
{
    private const string Prefix = "SharedAccessSignature ";

    /// <summary>Why a token was refused, or <see cref="SasTokenVerdict.Valid"/>. A token that runs longer than
    /// <paramref name="maxLifetime"/> from <paramref name="now"/> is refused once its signature is right.</summary>
    public static SasTokenVerdict Check(string? token, string hubHost, string deviceId, string base64Key, DateTimeOffset now, TimeSpan? maxLifetime = null)
    {
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return SasTokenVerdict.Malformed;
        }

        string? resource = null, signature = null, expiry = null;
        foreach (var part in token[Prefix.Length..].Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return SasTokenVerdict.Malformed;
            }

            var value = part[(equals + 1)..];
            switch (part[..equals])
            {
                case "sr": resource = value; break;
                case "sig": signature = value; break;
                case "se": expiry = value; break;
                case "skn": break;
                default: return SasTokenVerdict.Malformed;
            }
        }

        if (resource is null || signature is null || !long.TryParse(expiry, out var expiresAt))
        {
            return SasTokenVerdict.Malformed;
        }

        var expectedResource = $"{hubHost}/devices/{deviceId}";
        if (!string.Equals(Uri.UnescapeDataString(resource), expectedResource, StringComparison.OrdinalIgnoreCase))
        {
            return SasTokenVerdict.WrongResource;
        }

        if (expiresAt <= now.ToUnixTimeSeconds())
        {
            return SasTokenVerdict.Expired;
        }

        Span<byte> presented = stackalloc byte[64];
        if (!Convert.TryFromBase64String(Uri.UnescapeDataString(signature), presented, out var presentedLength))
        {
            return SasTokenVerdict.Malformed;
        }

        // The device signed the resource exactly as it wrote it in the token, still URL-encoded.
        var expected = HMACSHA256.HashData(Convert.FromBase64String(base64Key), Encoding.UTF8.GetBytes(resource + "\n" + expiry));
        if (!CryptographicOperations.FixedTimeEquals(expected, presented[..presentedLength]))
        {
            return SasTokenVerdict.BadSignature;
        }

        return maxLifetime is { } longest && expiresAt - now.ToUnixTimeSeconds() > longest.TotalSeconds
            ? SasTokenVerdict.TooLong
            : SasTokenVerdict.Valid;
    }
}

/// <summary>The outcome of checking a SAS token.</summary>
public enum SasTokenVerdict
{
    /// <summary>Right resource, unexpired, correctly signed.</summary>
    Valid,

    /// <summary>Not a SAS token.</summary>
    Malformed,

    /// <summary>Grants another resource than this device on this hub.</summary>
    WrongResource,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Correctly signed, but running longer than the hub allows.</summary>
    TooLong,

    /// <summary>Not signed with this device's key.</summary>
    BadSignature,
}
