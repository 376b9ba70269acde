using Waste.Registry;

namespace Waste.Grains.Zones;

/// <summary>A ward's grain key: district and ward (ward names repeat across districts: "Phường 1").</summary>
public static class ZoneKey
{
    /// <summary>Devices without a ward in the registry are counted here.</summary>
    public const string Unassigned = "-";

    /// <summary>The key of the ward <paramref name="device"/> stands in.</summary>
    public static string Of(RegisteredDevice? device) => For(device?.District, device?.Ward);

    /// <summary>The key of a ward.</summary>
    public static string For(string? district, string? ward) =>
        $"{(string.IsNullOrWhiteSpace(district) ? Unassigned : district.Trim())}/{(string.IsNullOrWhiteSpace(ward) ? Unassigned : ward.Trim())}";

    /// <summary>The district and ward of a key.</summary>
    public static (string District, string Ward) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (Unassigned, key) : (key[..slash], key[(slash + 1)..]);
    }
}
