namespace Waste.Routing.Instances;

/// <summary>
/// A capacitated VRP instance with planar coordinates (CVRPLIB, Solomon): node 0 is the depot, nodes 1..n the
/// customers in file order. Optional time windows and service times come from Solomon files.
/// </summary>
public sealed record CvrpInstance
{
    /// <summary>Instance name.</summary>
    public required string Name { get; init; }

    /// <summary>Vehicle capacity.</summary>
    public required int Capacity { get; init; }

    /// <summary>X coordinate per node.</summary>
    public required double[] X { get; init; }

    /// <summary>Y coordinate per node.</summary>
    public required double[] Y { get; init; }

    /// <summary>Demand per node (0 for the depot).</summary>
    public required int[] Demand { get; init; }

    /// <summary>Vehicles available, when the format fixes it (Solomon); null when not limited (CVRPLIB's X set).</summary>
    public int? VehicleCount { get; init; }

    /// <summary>Earliest service start per node, or null without time windows.</summary>
    public long[]? ReadyTime { get; init; }

    /// <summary>Latest service start per node, or null without time windows.</summary>
    public long[]? DueTime { get; init; }

    /// <summary>Service time per node, or null.</summary>
    public int[]? ServiceTime { get; init; }

    /// <summary>Number of customers.</summary>
    public int CustomerCount => X.Length - 1;
}
