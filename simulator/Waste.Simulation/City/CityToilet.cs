namespace Waste.Simulation.City;

/// <summary>A public toilet of the virtual city: where it stands, what is around it, and how busy it is (visits per
/// day on average) and how well it is ventilated (how fast odour clears, hours).</summary>
public sealed record CityToilet(
    string Id,
    double Latitude,
    double Longitude,
    string Ward,
    string District,
    LandUse LandUse,
    double VisitsPerDay,
    double VentilationHours);
