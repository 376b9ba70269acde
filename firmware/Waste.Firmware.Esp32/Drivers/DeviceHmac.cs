using System.Security.Cryptography;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>HMAC-SHA256 for the SAS token, from nanoFramework's cryptography library.</summary>
public sealed class DeviceHmac : IHmacSha256
{
    /// <inheritdoc />
    public byte[] Compute(byte[] key, byte[] data) => new HMACSHA256(key).ComputeHash(data);
}
