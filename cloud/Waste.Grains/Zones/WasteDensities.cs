using Waste.Registry;

namespace Waste.Grains.Zones;

/// <summary>
/// Kilograms per litre of each stream as it lies in a street bin, to estimate mass from the volume collected until a
/// weighbridge gives real figures (configuration section <see cref="Section"/>). The defaults are typical of wet
/// household waste in southern Vietnam; a city sets its own from weighbridge samples.
/// </summary>
public sealed class WasteDensities
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "WasteDensities";

    /// <summary>Mixed residual waste, kg/L.</summary>
    public double Residual { get; set; } = 0.25;

    /// <summary>Food and organic waste, kg/L.</summary>
    public double Organic { get; set; } = 0.45;

    /// <summary>Recyclables (paper, plastics, cans), kg/L.</summary>
    public double Recyclable { get; set; } = 0.08;

    /// <summary>Hazardous household waste, kg/L.</summary>
    public double Hazardous { get; set; } = 0.30;

    /// <summary>The density of <paramref name="stream"/>, kg/L.</summary>
    public double Of(WasteStream stream) => stream switch
    {
        WasteStream.Organic => Organic,
        WasteStream.Recyclable => Recyclable,
        WasteStream.Hazardous => Hazardous,
        _ => Residual,
    };
}
