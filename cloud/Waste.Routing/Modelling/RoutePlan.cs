namespace Waste.Routing.Modelling;

/// <summary>What a visit is: collecting at a stop, or unloading at a disposal site.</summary>
public enum VisitKind
{
    /// <summary>Emptying a stop's bins.</summary>
    Stop,

    /// <summary>Unloading at a disposal site.</summary>
    Disposal,

    /// <summary>The crew's break, taken where the truck stands (its id is "break").</summary>
    Break,
}

/// <summary>One visit on a route, with its schedule and what the truck carries after it.</summary>
/// <param name="Kind">Stop or disposal.</param>
/// <param name="Id">The stop's or the disposal site's id.</param>
/// <param name="Arrival">When the truck arrives.</param>
/// <param name="ServiceStart">When service starts (after waiting for the window to open).</param>
/// <param name="Departure">When the truck leaves.</param>
/// <param name="OnBoard">Load on the truck when it leaves.</param>
public sealed record PlannedVisit(VisitKind Kind, string Id, DateTimeOffset Arrival, DateTimeOffset ServiceStart, DateTimeOffset Departure, Load OnBoard);

/// <summary>One truck's route for the shift.</summary>
/// <param name="VehicleId">The truck.</param>
/// <param name="Departure">When it leaves its start depot.</param>
/// <param name="Return">When it is back at its end depot.</param>
/// <param name="DistanceKm">Distance driven.</param>
/// <param name="Visits">Stops and disposal visits in order.</param>
public sealed record VehicleRoute(string VehicleId, DateTimeOffset Departure, DateTimeOffset Return, double DistanceKm, IReadOnlyList<PlannedVisit> Visits);

/// <summary>A stop the plan does not serve, and why.</summary>
/// <param name="StopId">The stop.</param>
/// <param name="Reason">Why: left out as optional, impossible (named), or skipped by the crew.</param>
public sealed record UnservedStop(string StopId, string Reason);

/// <summary>The routes for a model, and the stops they leave out.</summary>
public sealed record RoutePlan
{
    /// <summary>One route per truck used.</summary>
    public required IReadOnlyList<VehicleRoute> Routes { get; init; }

    /// <summary>Stops no route serves, each with its reason.</summary>
    public required IReadOnlyList<UnservedStop> Unserved { get; init; }

    /// <summary>Fixed costs, distance costs and skip penalties.</summary>
    public required double Cost { get; init; }

    /// <summary>Whether every route keeps every constraint (the solver found no feasible plan otherwise).</summary>
    public required bool IsFeasible { get; init; }
}
