using Waste.Routing.Modelling;
using Waste.Routing.Travel;

namespace Waste.Grains.Planning;

/// <summary>
/// The kilometres of each leg of a truck's route as the planner counts them (great-circle metres times the road
/// factor, rounded to the metre, as in its travel matrix): from where the truck starts to each visit in turn, and
/// back to its end depot (a lunch has a leg of 0 km, where the truck stands), and where each visit is. Kept on the plan's stops, so the part of the day driven and the part still to drive are
/// told from one set of figures by every page and the API.
/// </summary>
public sealed record RouteLegs(IReadOnlyList<double> ToVisitKm, double ReturnKm, IReadOnlyList<GeoPoint> Places)
{
    /// <summary>The legs of <paramref name="route"/> in <paramref name="model"/>, with roads <paramref name="circuity"/>
    /// times longer than straight lines.</summary>
    public static RouteLegs Of(RoutingModel model, VehicleRoute route, double circuity)
    {
        var vehicle = model.Vehicles.First(v => v.Id == route.VehicleId);
        var from = model.Depots.First(d => d.Id == vehicle.StartDepot).Location;
        var legs = new List<double>(route.Visits.Count);
        var places = new List<GeoPoint>(route.Visits.Count);
        foreach (var visit in route.Visits)
        {
            // The lunch is taken where the truck stands: no leg of its own.
            var place = visit.Kind switch
            {
                VisitKind.Stop => model.Stops.First(s => s.Id == visit.Id).Location,
                VisitKind.Disposal => model.DisposalSites.First(s => s.Id == visit.Id).Location,
                _ => from,
            };
            legs.Add(Km(from, place, circuity));
            places.Add(place);
            from = place;
        }

        var end = model.Depots.First(d => d.Id == (vehicle.EndDepot ?? vehicle.StartDepot)).Location;
        return new RouteLegs(legs, Km(from, end, circuity), places);
    }

    private static double Km(GeoPoint from, GeoPoint to, double circuity) =>
        Math.Round(circuity * GreatCircleTravelProvider.GreatCircleMetres(from, to)) / 1000;
}
