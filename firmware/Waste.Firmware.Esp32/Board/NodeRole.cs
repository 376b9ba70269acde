namespace Waste.Firmware.Esp32.Board;

/// <summary>What a board is fitted as.</summary>
public enum NodeRole
{
    /// <summary>A waste bin node: battery, deep sleep.</summary>
    Bin,

    /// <summary>A public toilet node: mains, always on.</summary>
    Toilet,
}
