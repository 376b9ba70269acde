namespace Waste.Grains.Planning;

/// <summary>What a plan grain persists. The routing model and the optimiser's plan are kept as JSON: the routing
/// library knows nothing of Orleans, and a re-plan starts from them.</summary>
[GenerateSerializer]
public sealed class RoutePlannerState
{
    /// <summary>The plan crews and dispatcher see, progress included.</summary>
    [Id(0)] public CollectionPlanView? View { get; set; }

    /// <summary>The routing model of the current plan (System.Text.Json).</summary>
    [Id(1)] public string? ModelJson { get; set; }

    /// <summary>The optimiser's current plan (System.Text.Json).</summary>
    [Id(2)] public string? PlanJson { get; set; }

    /// <summary>What crews had reported, by bin, in a plan written before the reports got a state of their own
    /// (<see cref="CrewReportsState"/>): moved there when the grain next activates.</summary>
    [Id(3)] public Dictionary<string, StopReport> Reports { get; set; } = [];

    /// <summary>What each bin stop is, by bin.</summary>
    [Id(4)] public Dictionary<string, StopInfo> Stops { get; set; } = [];
}

/// <summary>What a crew reported about a stop.</summary>
[GenerateSerializer, Immutable]
public sealed record StopReport(
    [property: Id(0)] StopStatus Status,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string VehicleId,
    [property: Id(3)] string? Reason);
