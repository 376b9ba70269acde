namespace Waste.Registry;

/// <summary>The household sorting streams of Vietnam's rule, and hazardous waste where a site collects it.</summary>
public enum WasteStream
{
    /// <summary>Mixed or residual waste ("chất thải rắn sinh hoạt khác").</summary>
    Residual,

    /// <summary>Recyclable waste: paper, plastics, metal, glass.</summary>
    Recyclable,

    /// <summary>Food and organic waste.</summary>
    Organic,

    /// <summary>Hazardous household waste: batteries, lamps, chemicals.</summary>
    Hazardous,
}
