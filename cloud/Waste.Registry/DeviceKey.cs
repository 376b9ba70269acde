using System.Security.Cryptography;

namespace Waste.Registry;

/// <summary>Device symmetric keys.</summary>
public static class DeviceKey
{
    /// <summary>A new random 256-bit key, base64, as Azure IoT Hub issues them.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
