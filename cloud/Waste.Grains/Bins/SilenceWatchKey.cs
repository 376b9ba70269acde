using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Grains.Bins;

/// <summary>
/// Which silence watch holds a bin: its ward's, split into <see cref="ShardsPerWard"/> by a stable hash of the bin's id.
/// A watch writes its whole state at each registration, so a ward of a thousand bins in one watch would write a thousand
/// deadlines for each of them when they all register at once (a new fleet, or every bin back from a city-wide outage).
/// </summary>
public static class SilenceWatchKey
{
    /// <summary>Watches per ward: a thousand-bin ward's watch holds about 60 bins.</summary>
    public const int ShardsPerWard = 16;

    /// <summary>The watch of bin <paramref name="deviceId"/>, registered as <paramref name="device"/>.</summary>
    public static string Of(string deviceId, RegisteredDevice? device) =>
        For(ZoneKey.Of(device), StableHash.Of(deviceId) % ShardsPerWard);

    /// <summary>Every watch of a ward (by its <see cref="ZoneKey"/>).</summary>
    public static IEnumerable<string> OfWard(string ward) => Enumerable.Range(0, ShardsPerWard).Select(shard => For(ward, shard));

    private static string For(string ward, int shard) => $"{ward}#{shard:D2}";
}
