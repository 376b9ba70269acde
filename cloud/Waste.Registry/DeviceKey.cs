using System.Security.Cryptography;

namespace Waste.Registry;

/// <summary>Device symmetric keys.</summary>
public static class DeviceKey
{
    /// <summary>A new random 256-bit key, base64, as Azure IoT Hub issues them.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>True for a base64 key of 128 to 512 bits.</summary>
    public static bool IsValid(string? key)
    {
        Span<byte> bytes = stackalloc byte[64];
        return key is not null && Convert.TryFromBase64String(key, bytes, out var length) && length >= 16;
    }
}
