namespace Waste.Simulation.Models;

/// <summary>
/// Random numbers addressed by a key instead of drawn in sequence (SplitMix64 over the seed and the key): a bin's
/// noise for a given hour is the same whenever and however often it is asked for, so runs that ask in a different
/// order (another policy, another number of threads) still see the same city.
/// </summary>
public static class CounterNoise
{
    /// <summary>A uniform number in [0, 1) for (<paramref name="seed"/>, <paramref name="stream"/>, <paramref name="index"/>).</summary>
    public static double Uniform(int seed, long stream, long index)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xC2B2AE3D27D4EB4FUL ^ (ulong)index * 0x165667B19E3779F9UL);
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard normal number for the key (Box-Muller on two keyed uniforms).</summary>
    public static double Normal(int seed, long stream, long index)
    {
        var u1 = Uniform(seed, stream, 2 * index);
        var u2 = Uniform(seed, stream, 2 * index + 1);
        return Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
