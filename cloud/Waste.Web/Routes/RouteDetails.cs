using Waste.Grains.Planning;
using Waste.Registry;

namespace Waste.Web.Routes;

/// <summary>
/// What the crew's page shows of a route beyond what <c>/api/crew/routes</c> gives: the version of the day's plan it
/// belongs to, the depot the truck starts from and returns to, the disposal sites' names, and each bin's address.
/// The registry holds no street address, so a bin's address is its ward, its district and its position.
/// </summary>
public sealed record RouteDetails(
    int Version, DateTimeOffset PlannedAt, RouteDetails.Place? Depot, IReadOnlyDictionary<string, string> Sites,
    IReadOnlyDictionary<string, RouteDetails.BinAddress> Bins)
{
    /// <summary>The details of <paramref name="route"/> in <paramref name="plan"/>.</summary>
    public static RouteDetails Of(CollectionPlanView plan, PlannedRoute route, FleetConfiguration fleet, IDeviceRegistry registry)
    {
        var depot = fleet.Depots.FirstOrDefault(d => d.Id == plan.DepotId);
        var sites = route.Stops.Where(s => s.IsDisposal).Select(s => s.Id).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => fleet.DisposalSites.FirstOrDefault(s => s.Id == id)?.Name ?? id, StringComparer.Ordinal);
        var bins = new Dictionary<string, BinAddress>(StringComparer.Ordinal);
        foreach (var stop in route.Stops.Where(s => s.IsBin))
        {
            var device = registry.Find(stop.Id);
            bins[stop.Id] = new BinAddress(device?.Ward ?? stop.Ward, device?.District);
        }

        return new RouteDetails(
            plan.Version, plan.PlannedAt, depot is null ? null : new Place(depot.Id, depot.Name, depot.Latitude, depot.Longitude), sites, bins);
    }

    /// <summary>A named place on the map.</summary>
    public sealed record Place(string Id, string Name, double Latitude, double Longitude);

    /// <summary>A bin's address as the registry knows it.</summary>
    public sealed record BinAddress(string? Ward, string? District);
}
