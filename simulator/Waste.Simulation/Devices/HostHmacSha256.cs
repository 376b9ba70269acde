using System.Security.Cryptography;
using Waste.Firmware.Core.IotHub;

namespace Waste.Simulation.Devices;

/// <summary>The firmware's HMAC-SHA256 port, on .NET's implementation (the ESP32 uses mbedTLS).</summary>
public sealed class HostHmacSha256 : IHmacSha256
{
    /// <inheritdoc />
    public byte[] Compute(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
}
