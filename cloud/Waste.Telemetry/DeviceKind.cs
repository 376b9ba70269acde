namespace Waste.Telemetry;

/// <summary>What a device measures.</summary>
public enum DeviceKind
{
    /// <summary>A waste bin with a fill sensor.</summary>
    Bin,

    /// <summary>A public toilet with occupancy and odour sensors.</summary>
    Toilet,
}
