namespace Waste.Routing.Solving;

/// <summary>One vehicle's route in a solver result.</summary>
/// <param name="Vehicle">Index of the vehicle (types in order, then vehicles of a type).</param>
/// <param name="VehicleType">Index of its type in <see cref="ProblemData.VehicleTypes"/>.</param>
/// <param name="Clients">Client nodes in visiting order.</param>
public sealed record SolvedRoute(int Vehicle, int VehicleType, int[] Clients);

/// <summary>What the solver found.</summary>
public sealed record SolverResult
{
    /// <summary>The non-empty routes.</summary>
    public required IReadOnlyList<SolvedRoute> Routes { get; init; }

    /// <summary>Distance cost, fixed costs and prizes of optional clients left out.</summary>
    public required double Cost { get; init; }

    /// <summary>Whether every constraint holds (when false, the least infeasible solution found is returned).</summary>
    public required bool IsFeasible { get; init; }

    /// <summary>Optional clients in no route.</summary>
    public required IReadOnlyList<int> Unvisited { get; init; }

    /// <summary>Genetic iterations run.</summary>
    public required int Iterations { get; init; }

    /// <summary>Time used, on the options' clock.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Time at which the returned solution was found, on the options' clock.</summary>
    public required TimeSpan FoundAfter { get; init; }
}
