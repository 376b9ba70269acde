namespace Waste.Simulation.City;

/// <summary>A real place of Binh Duong around which bins and toilets are put: a ward of a city, its centre, how far
/// the bins spread from it, and what the land around it is used for (shares that sum to 1).</summary>
public sealed record Place(
    string Ward,
    string District,
    double Latitude,
    double Longitude,
    double RadiusKm,
    IReadOnlyDictionary<LandUse, double> LandUseShares,
    double Weight);
