namespace Waste.Routing.Solving;

/// <summary>
/// A group of identical vehicles as the solver sees them: integer capacities per load dimension, depots, shift and
/// costs. Times are in the problem's time unit (seconds for a city model), distances in its distance unit.
/// </summary>
public sealed record VehicleType
{
    /// <summary>How many vehicles of this type are available.</summary>
    public required int Count { get; init; }

    /// <summary>Capacity per load dimension (see <see cref="ProblemData.Dimensions"/>).</summary>
    public required int[] Capacity { get; init; }

    /// <summary>The depot node a route of this type starts from.</summary>
    public int StartDepot { get; init; }

    /// <summary>The depot node a route of this type ends at.</summary>
    public int EndDepot { get; init; }

    /// <summary>Earliest time the vehicle may leave its start depot.</summary>
    public long ShiftStart { get; init; }

    /// <summary>Latest time the vehicle may be back at its end depot.</summary>
    public long ShiftEnd { get; init; } = ProblemData.NoLimit;

    /// <summary>Longest route duration, waiting included.</summary>
    public long MaxDuration { get; init; } = ProblemData.NoLimit;

    /// <summary>Whether a route must end empty: the load it collects after its last disposal visit counts as excess in
    /// every dimension a disposal visit empties (a waste truck unloads before it returns to its depot).</summary>
    public bool EndsEmpty { get; init; }

    /// <summary>Cost of using a vehicle of this type at all.</summary>
    public double FixedCost { get; init; }

    /// <summary>Cost per unit of distance.</summary>
    public double UnitDistanceCost { get; init; } = 1;

    /// <summary>Load already on board at the start, per dimension (a truck re-planned mid-shift); null for empty.</summary>
    public int[]? InitialLoad { get; init; }

    /// <summary>A name for reports (the model's vehicle ids, or "vehicle").</summary>
    public string Name { get; init; } = "vehicle";
}
