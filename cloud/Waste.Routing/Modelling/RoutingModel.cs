namespace Waste.Routing.Modelling;

/// <summary>Everything one planning run needs: where trucks start, where they unload, the trucks, and the stops.</summary>
public sealed record RoutingModel
{
    /// <summary>Depots (and, when re-planning, the trucks' current positions).</summary>
    public required IReadOnlyList<Depot> Depots { get; init; }

    /// <summary>Disposal sites where trucks unload and continue.</summary>
    public IReadOnlyList<DisposalSite> DisposalSites { get; init; } = [];

    /// <summary>The trucks available.</summary>
    public required IReadOnlyList<Vehicle> Vehicles { get; init; }

    /// <summary>The stops to collect (mandatory) or that may be collected (optional).</summary>
    public required IReadOnlyList<Stop> Stops { get; init; }
}
