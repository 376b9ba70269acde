using Waste.Routing.Modelling;

namespace Waste.Scheduling;

/// <summary>The routing model of one day: the depot, its trucks in service that day, the disposal sites, the stops.</summary>
public static class DayModel
{
    /// <summary>The model of <paramref name="day"/> with <paramref name="stops"/>.</summary>
    public static RoutingModel Of(PlanningDay day, IReadOnlyList<Stop> stops) => new()
    {
        Depots = [day.Calendar.Depot],
        DisposalSites = day.Calendar.SitesOn(day.Day),
        Vehicles = day.Calendar.VehiclesOn(day.Day),
        Stops = stops,
    };
}
