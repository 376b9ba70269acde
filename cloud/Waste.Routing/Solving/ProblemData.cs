namespace Waste.Routing.Solving;

/// <summary>
/// The problem in the solver's own compact form: nodes 0..<see cref="DepotCount"/>-1 are depots, the rest are clients
/// (stops, and the disposal visits a vehicle may insert). Flat arrays, integer distances and times, so that the search
/// reads them without allocation. Built by <see cref="Waste.Routing.Modelling.RoutingModelCompiler"/> from a city model
/// or directly from a benchmark instance.
/// </summary>
public sealed class ProblemData
{
    /// <summary>A limit that never binds (kept far from overflow when added).</summary>
    public const long NoLimit = long.MaxValue / 8;

    /// <summary>Creates the problem and derives the flags the search uses to skip work it does not need.</summary>
    public ProblemData(
        int depotCount,
        double[] x,
        double[] y,
        int[] distance,
        int[]? duration,
        int dimensions,
        int[] demand,
        bool[] dimensionEmptiesAtDisposal,
        bool[] isDisposal,
        int[] serviceTime,
        long[] earliest,
        long[] latest,
        bool[] required,
        double[] prize,
        VehicleType[] vehicleTypes,
        bool[]? isBreak = null)
    {
        var n = x.Length;
        if (depotCount < 1 || depotCount >= n + 1)
        {
            throw new ArgumentException("at least one depot is needed", nameof(depotCount));
        }

        if (distance.Length != n * n || (duration is not null && duration.Length != n * n))
        {
            throw new ArgumentException("matrices must be node count squared");
        }

        if (demand.Length != n * dimensions || dimensionEmptiesAtDisposal.Length != dimensions)
        {
            throw new ArgumentException("demand must hold one value per node and dimension");
        }

        if (vehicleTypes.Length == 0 || vehicleTypes.Any(t => t.Capacity.Length != dimensions || t.Count < 0))
        {
            throw new ArgumentException("every vehicle type needs a capacity per dimension");
        }

        DepotCount = depotCount;
        NodeCount = n;
        X = x;
        Y = y;
        Distance = distance;
        Duration = duration ?? distance;
        Dimensions = dimensions;
        Demand = demand;
        DimensionEmptiesAtDisposal = dimensionEmptiesAtDisposal;
        IsDisposal = isDisposal;
        ServiceTime = serviceTime;
        Earliest = earliest;
        Latest = latest;
        Required = required;
        Prize = prize;
        VehicleTypes = vehicleTypes;
        IsBreak = isBreak ?? new bool[n];
        if (IsBreak.Length != n || Enumerable.Range(0, Math.Min(depotCount, IsBreak.Length)).Any(i => IsBreak[i]))
        {
            throw new ArgumentException("a break flag per node is needed, and a depot is no break", nameof(isBreak));
        }

        HasBreaks = IsBreak.Any(b => b);
        VehicleCount = vehicleTypes.Sum(t => t.Count);

        HasDisposal = isDisposal.Any(d => d);
        HasOptionalClients = Enumerable.Range(depotCount, n - depotCount).Any(i => !required[i]);
        HasTimeConstraints = HasBreaks || vehicleTypes.Any(t => t.ShiftStart > 0 || t.ShiftEnd < NoLimit || t.MaxDuration < NoLimit)
            || Enumerable.Range(0, n).Any(i => earliest[i] > 0 || latest[i] < NoLimit);
        IsSymmetric = IsSymmetricMatrix(distance, n);
        IsHomogeneous = vehicleTypes.Length == 1;
        TotalDemand = new long[dimensions];
        for (var i = depotCount; i < n; i++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                TotalDemand[d] += demand[i * dimensions + d];
            }
        }
    }

    /// <summary>Depots are nodes 0..DepotCount-1.</summary>
    public int DepotCount { get; }

    /// <summary>Depots and clients.</summary>
    public int NodeCount { get; }

    /// <summary>Clients are nodes DepotCount..NodeCount-1.</summary>
    public int ClientCount => NodeCount - DepotCount;

    /// <summary>Coordinates, used only for the polar sectors of SWAP* (any planar projection will do).</summary>
    public double[] X { get; }

    /// <summary>See <see cref="X"/>.</summary>
    public double[] Y { get; }

    /// <summary>Distance matrix, row-major: <c>Distance[from * NodeCount + to]</c>.</summary>
    public int[] Distance { get; }

    /// <summary>Travel-time matrix, row-major; the distance matrix when the problem has no separate times.</summary>
    public int[] Duration { get; }

    /// <summary>Number of load dimensions (volume, mass, and one per compatibility class, see the compiler).</summary>
    public int Dimensions { get; }

    /// <summary>Demand per node and dimension: <c>Demand[node * Dimensions + d]</c>.</summary>
    public int[] Demand { get; }

    /// <summary>Whether a disposal visit empties this dimension (volume and mass do; compatibility counts do not).</summary>
    public bool[] DimensionEmptiesAtDisposal { get; }

    /// <summary>Whether the node is a disposal visit (unloading, then the vehicle continues).</summary>
    public bool[] IsDisposal { get; }

    /// <summary>
    /// Whether the node is a crew's break: a visit with a window (when it may start) and a service time (how long it
    /// lasts) but no place of its own. It is taken where the vehicle stands: travel into and out of it is the travel
    /// between the visits on either side, so a break costs time, never distance. Which vehicles need one, and which
    /// break each may take, the builder says with load dimensions (a vehicle starts owing one in a dimension of
    /// capacity 0, a break node pays it off with demand -1).
    /// </summary>
    public bool[] IsBreak { get; }

    /// <summary>Whether break nodes exist (so travel must skip them).</summary>
    public bool HasBreaks { get; }

    /// <summary>Where a vehicle stands after visiting <paramref name="node"/>, having stood at <paramref name="previous"/>:
    /// the node itself, or, for a break, where it already was.</summary>
    public int LocationAfter(int previous, int node) => IsBreak[node] ? previous : node;

    /// <summary>Service time per node.</summary>
    public int[] ServiceTime { get; }

    /// <summary>Earliest start of service per node.</summary>
    public long[] Earliest { get; }

    /// <summary>Latest start of service per node.</summary>
    public long[] Latest { get; }

    /// <summary>Whether the client must be visited; an optional one costs its <see cref="Prize"/> when left out.</summary>
    public bool[] Required { get; }

    /// <summary>What leaving an optional client out costs; a negative prize is what visiting it costs (a disposal visit
    /// or a break, worth making only when it saves more than that).</summary>
    public double[] Prize { get; }

    /// <summary>The vehicle types.</summary>
    public VehicleType[] VehicleTypes { get; }

    /// <summary>All vehicles of all types.</summary>
    public int VehicleCount { get; }

    /// <summary>Demand summed over clients, per dimension.</summary>
    public long[] TotalDemand { get; }

    /// <summary>Whether disposal visits exist (so load segments may contain resets).</summary>
    public bool HasDisposal { get; }

    /// <summary>Whether some client may be left out.</summary>
    public bool HasOptionalClients { get; }

    /// <summary>Whether time windows, shifts or duration limits exist (so durations must be evaluated).</summary>
    public bool HasTimeConstraints { get; }

    /// <summary>Whether the distance matrix is symmetric (reversing a path keeps its length).</summary>
    public bool IsSymmetric { get; }

    /// <summary>Whether all vehicles are of one type.</summary>
    public bool IsHomogeneous { get; }

    /// <summary>Distance from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public int Dist(int from, int to) => Distance[from * NodeCount + to];

    /// <summary>Travel time from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public int Time(int from, int to) => Duration[from * NodeCount + to];

    /// <summary>Whether <paramref name="node"/> is a depot.</summary>
    public bool IsDepot(int node) => node < DepotCount;

    private static bool IsSymmetricMatrix(int[] m, int n)
    {
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (m[i * n + j] != m[j * n + i])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
