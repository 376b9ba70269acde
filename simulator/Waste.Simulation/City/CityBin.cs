using Waste.Registry;

namespace Waste.Simulation.City;

/// <summary>A bin of the virtual city: where it stands, what is around it, what it holds, how big it is, and how
/// much busier or quieter than its land use's average it is (its own factor).</summary>
public sealed record CityBin(
    string Id,
    double Latitude,
    double Longitude,
    string Ward,
    string District,
    LandUse LandUse,
    WasteStream Stream,
    int CapacityLitres,
    double RateFactor);
