using Waste.Grains.Planning;

namespace Waste.Simulation.City;

/// <summary>The generated city: its bins, toilets and collection fleet (depots, disposal site, trucks).</summary>
public sealed record VirtualCity(IReadOnlyList<CityBin> Bins, IReadOnlyList<CityToilet> Toilets, FleetConfiguration Fleet)
{
    /// <summary>The wards that have at least one device.</summary>
    public IReadOnlyList<string> Wards => [.. Bins.Select(b => b.Ward).Concat(Toilets.Select(t => t.Ward)).Distinct().Order(StringComparer.Ordinal)];
}
