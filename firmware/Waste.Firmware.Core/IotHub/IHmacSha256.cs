namespace Waste.Firmware.Core.IotHub;

/// <summary>HMAC-SHA256, from the platform: mbedTLS on the ESP32, System.Security.Cryptography on the host.</summary>
public interface IHmacSha256
{
    /// <summary>The 32-byte HMAC-SHA256 of <paramref name="data"/> under <paramref name="key"/>.</summary>
    byte[] Compute(byte[] key, byte[] data);
}
