namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code: nanoCLR built for Linux has no native cryptography, and the scenario's SAS
/// tokens need a real HMAC so that the hub can check them. On the device the native HMACSHA256 does this job.
/// </summary>
public static class Sha256
{
    /// <summary>Bytes per block.</summary>
    public const int BlockBytes = 64;

    private static readonly uint[] RoundConstants =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    /// <summary>The 32-byte digest of <paramref name="data"/>.</summary>
    public static byte[] Hash(byte[] data)
    {
        var state = new uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

        // Message, one 0x80 byte, zeros, and the length in bits as 8 big-endian bytes, to a whole number of blocks.
        var padded = new byte[((data.Length + 8) / BlockBytes + 1) * BlockBytes];
        System.Array.Copy(data, padded, data.Length);
        padded[data.Length] = 0x80;
        var bits = (long)data.Length * 8;
        for (var i = 0; i < 8; i++)
        {
            padded[padded.Length - 1 - i] = (byte)(bits >> (8 * i));
        }

        var schedule = new uint[64];
        for (var block = 0; block < padded.Length; block += BlockBytes)
        {
            Compress(state, schedule, padded, block);
        }

        var digest = new byte[32];
        for (var i = 0; i < 8; i++)
        {
            digest[4 * i] = (byte)(state[i] >> 24);
            digest[4 * i + 1] = (byte)(state[i] >> 16);
            digest[4 * i + 2] = (byte)(state[i] >> 8);
            digest[4 * i + 3] = (byte)state[i];
        }

        return digest;
    }

    private static void Compress(uint[] state, uint[] w, byte[] data, int offset)
    {
        for (var t = 0; t < 16; t++)
        {
            var at = offset + 4 * t;
            w[t] = ((uint)data[at] << 24) | ((uint)data[at + 1] << 16) | ((uint)data[at + 2] << 8) | data[at + 3];
        }

        for (var t = 16; t < 64; t++)
        {
            var s0 = Rotate(w[t - 15], 7) ^ Rotate(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = Rotate(w[t - 2], 17) ^ Rotate(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = unchecked(w[t - 16] + s0 + w[t - 7] + s1);
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = unchecked(h + (Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25)) + ((e & f) ^ (~e & g)) + RoundConstants[t] + w[t]);
            var t2 = unchecked((Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)));
            h = g;
            g = f;
            f = e;
            e = unchecked(d + t1);
            d = c;
            c = b;
            b = a;
            a = unchecked(t1 + t2);
        }

        state[0] = unchecked(state[0] + a);
        state[1] = unchecked(state[1] + b);
        state[2] = unchecked(state[2] + c);
        state[3] = unchecked(state[3] + d);
        state[4] = unchecked(state[4] + e);
        state[5] = unchecked(state[5] + f);
        state[6] = unchecked(state[6] + g);
        state[7] = unchecked(state[7] + h);
    }

    private static uint Rotate(uint value, int bits) => (value >> bits) | (value << (32 - bits));
}
