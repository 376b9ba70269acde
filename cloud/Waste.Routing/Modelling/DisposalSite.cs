namespace Waste.Routing.Modelling;

/// <summary>A landfill or transfer station: a truck unloads there and continues with an empty body.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Streams">The waste streams it accepts; a truck may unload there only if it accepts all the truck carries.</param>
/// <param name="UnloadTime">Time to unload, queueing and weighbridge included.</param>
/// <param name="OpeningHours">When unloading may start; null when always open.</param>
public sealed record DisposalSite(string Id, GeoPoint Location, IReadOnlySet<string> Streams, TimeSpan UnloadTime, TimeWindow? OpeningHours = null);
