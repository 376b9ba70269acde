namespace Waste.Grains.Planning;

/// <summary>
/// A stretch of a truck's day: the part driven (from the depot to the last stop its crew reported) or the part still
/// to drive (from there, through the stops to do, back to the depot). The dispatcher's page, the crew's page and the
/// API all show these same figures.
/// </summary>
/// <param name="DistanceKm">Kilometres, as the planner counts them.</param>
/// <param name="From">When the stretch starts: leaving the depot, or the last report.</param>
/// <param name="To">When it ends: the last report, or back at the depot as planned.</param>
/// <param name="Stops">Bin stops in it.</param>
public sealed record RoutePart(double DistanceKm, DateTimeOffset From, DateTimeOffset To, int Stops);
