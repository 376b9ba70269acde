using Waste.Routing.Modelling;

namespace Waste.Routing.Planning;

/// <summary>A depot's trucks for the day, and where they start and unload.</summary>
/// <param name="Depots">Depots (usually the one the planner is for).</param>
/// <param name="DisposalSites">Where trucks may unload.</param>
/// <param name="Vehicles">Trucks available on the day, with their shifts.</param>
public sealed record Fleet(IReadOnlyList<Depot> Depots, IReadOnlyList<DisposalSite> DisposalSites, IReadOnlyList<Vehicle> Vehicles);
