using Waste.Telemetry;

namespace Waste.Registry;

/// <summary>A device the hub knows: identity, key, and where it stands in the city.</summary>
public sealed record RegisteredDevice
{
    /// <summary>Device id, also its MQTT client id.</summary>
    public required string Id { get; init; }

    /// <summary>What it measures.</summary>
    public required DeviceKind Kind { get; init; }

    /// <summary>Its symmetric key, base64; it signs the device's SAS tokens. A secret: never logged.</summary>
    public required string PrimaryKey { get; init; }

    /// <summary>The previous key after a rotation, still accepted so the device can be updated without downtime;
    /// null when there is none. A secret: never logged.</summary>
    public string? SecondaryKey { get; init; }

    /// <summary>Whether it may connect.</summary>
    public DeviceState State { get; init; } = DeviceState.Active;

    /// <summary>Latitude, WGS 84 degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude, WGS 84 degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>The longest ward or district name.</summary>
    public const int MaxPlaceNameLength = 100;

    /// <summary>Ward (phường/xã) it stands in.</summary>
    public string? Ward { get; init; }

    /// <summary>District or city (quận/huyện/thành phố) it stands in.</summary>
    public string? District { get; init; }

    /// <summary>The stream a bin holds; null for toilets.</summary>
    public WasteStream? Stream { get; init; }

    /// <summary>A bin's volume in litres; null for toilets.</summary>
    public double? CapacityLitres { get; init; }

    /// <summary>A toilet's step-free access for wheelchair users, as the installer found it; null when not surveyed.</summary>
    public bool? Accessible { get; init; }

    /// <summary>How many times an administrator restarted the device's sequence window (the devices tool's
    /// <c>reset-sequence</c>, the API, the admin page). The device's grain restarts its window when this differs from
    /// what it applied, so a device whose numbers went back (wiped, replaced) is heard again.</summary>
    public int SequenceResets { get; init; }

    /// <summary>Redacts the key so a record can be logged or printed safely.</summary>
    public override string ToString() => $"{Kind} {Id} ({State}) in {Ward ?? "?"}, {District ?? "?"}";
}
