namespace Waste.Routing.Modelling;

/// <summary>Where trucks start and end their shifts (or, when re-planning, where a truck stands now).</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Location">Where it is.</param>
public sealed record Depot(string Id, GeoPoint Location);
