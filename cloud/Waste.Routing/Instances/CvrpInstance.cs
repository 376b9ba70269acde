namespace Waste.Routing.Instances;

/// <summary>
/// A capacitated VRP instance with planar coordinates (CVRPLIB, CMT, Solomon): node 0 is the depot, nodes 1..n the
/// customers in file order. Optional route length limit, service times and time windows.
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

    /// <summary>How edge lengths and the cost are measured.</summary>
    public CostConvention Convention { get; init; } = CostConvention.RoundedEuclidean;

    /// <summary>Vehicles available, when the format fixes it (Solomon, VEHICLES); null when not limited (CVRPLIB's X set).</summary>
    public int? VehicleCount { get; init; }

    /// <summary>Longest route: travel plus service times (CVRPLIB's DISTANCE, as in CMT6-10, 13, 14); null for none.</summary>
    public double? DistanceLimit { get; init; }

    /// <summary>Earliest service start per node, or null without time windows.</summary>
    public double[]? ReadyTime { get; init; }

    /// <summary>Latest service start per node, or null without time windows.</summary>
    public double[]? DueTime { get; init; }

    /// <summary>Service time per node (0 for the depot), or null.</summary>
    public double[]? ServiceTime { get; init; }

    /// <summary>Number of customers.</summary>
    public int CustomerCount => X.Length - 1;
}
