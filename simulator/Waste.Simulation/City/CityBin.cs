using Waste.Registry;

namespace Waste.Simulation.City;

/// <summary>A bin of the virtual city: where it stands, what is around it, what it holds, how big it is, how fast it
/// fills (<paramref name="DailyFill"/>: the share of its capacity a day brings before the day of the week, the hour, Tet
/// and noise) and by which model (<paramref name="Fill"/>).</summary>
public sealed record CityBin(
    string Id,
    double Latitude,
    double Longitude,
    string Ward,
    string District,
    LandUse LandUse,
    WasteStream Stream,
    int CapacityLitres,
    double DailyFill,
    Models.FillModel Fill);
