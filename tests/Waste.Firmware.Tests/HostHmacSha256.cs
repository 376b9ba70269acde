using System.Security.Cryptography;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests;

internal sealed class HostHmacSha256 : IHmacSha256
{
    public byte[] Compute(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
}
