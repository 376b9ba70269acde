using Waste.Routing.Modelling;

namespace Waste.Routing.Planning;

/// <summary>
/// The pure planning logic behind the RoutePlannerGrain: forecasts to stops (via <see cref="StopSelector"/>), stops and
/// fleet to a routing model, and the model for the rest of the day after a disruption (<see cref="RePlanner"/>).
/// </summary>
public static class CollectionPlanner
{
    /// <summary>The routing model for the bins chosen to be routed, with the fleet.</summary>
    public static RoutingModel BuildModel(StopSelection selection, Fleet fleet) => new()
    {
        Depots = fleet.Depots,
        DisposalSites = fleet.DisposalSites,
        Vehicles = fleet.Vehicles,
        Stops = selection.ToRoute.Select(choice => new Stop
        {
            Id = choice.Forecast.BinId,
            Location = choice.Forecast.Location,
            Stream = choice.Forecast.Stream,
            Demand = choice.Forecast.ExpectedLoad,
            ServiceTime = choice.Forecast.ServiceTime,
            Window = choice.Forecast.AccessWindow,
            Mandatory = choice.Decision == StopDecision.Mandatory,
            SkipPenalty = choice.SkipPenalty,
        }).ToList(),
    };
}
