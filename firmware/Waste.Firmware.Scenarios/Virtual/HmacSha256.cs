using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>HMAC-SHA256 (RFC 2104) over <see cref="Sha256"/>, for the SAS tokens of the scenario's devices.</summary>
public sealed class HmacSha256 : IHmacSha256
{
    /// <inheritdoc />
    public byte[] Compute(byte[] key, byte[] data)
    {
        var block = new byte[Sha256.BlockBytes];
        var shortKey = key.Length > Sha256.BlockBytes ? Sha256.Hash(key) : key;
        System.Array.Copy(shortKey, block, shortKey.Length);

        var inner = new byte[Sha256.BlockBytes + data.Length];
        var outer = new byte[Sha256.BlockBytes + 32];
        for (var i = 0; i < Sha256.BlockBytes; i++)
        {
            inner[i] = (byte)(block[i] ^ 0x36);
            outer[i] = (byte)(block[i] ^ 0x5c);
        }

        System.Array.Copy(data, 0, inner, Sha256.BlockBytes, data.Length);
        System.Array.Copy(Sha256.Hash(inner), 0, outer, Sha256.BlockBytes, 32);
        return Sha256.Hash(outer);
    }
}
