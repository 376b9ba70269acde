namespace Waste.Firmware.Core.Config;

/// <summary>The two kinds of node; which twin properties apply and their defaults depend on it.</summary>
public enum NodeKind
{
    /// <summary>A waste bin node: battery, deep sleep, ultrasonic fill.</summary>
    Bin,

    /// <summary>A public toilet node: always on, occupancy and odour.</summary>
    Toilet,
}
