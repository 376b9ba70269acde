namespace Waste.Routing.Solving.Search;

/// <summary>
/// One vehicle's route during local search, with the prefix and suffix data that make a move's cost a constant-time
/// sum: cumulative distance, load segments per dimension and duration segments. Position 0 is the start depot,
/// 1..<see cref="Count"/> the clients, Count+1 the end depot.
/// </summary>
internal sealed class SearchRoute
{
    private readonly ProblemData _data;
    private readonly int[] _angles;

    /// <summary>Creates an empty route for a vehicle of type <paramref name="type"/>; <paramref name="angles"/> from <see cref="CircleSector.Angles"/>.</summary>
    public SearchRoute(ProblemData data, int index, int type, int[] angles)
    {
        _data = data;
        _angles = angles;
        Index = index;
        Type = type;
        var size = data.NodeCount + 2;
        Nodes = new int[size];
        Location = new int[size];
        CumulativeDistance = new long[size];
        Prefix = new LoadSegment[size * data.Dimensions];
        Suffix = new LoadSegment[size * data.Dimensions];
        PrefixTime = new DurationSegment[size];
        SuffixTime = new DurationSegment[size];
        Excess = new long[data.Dimensions];
        Segments = new SegmentTable(data);
        Nodes[0] = data.VehicleTypes[type].StartDepot;
        Nodes[1] = data.VehicleTypes[type].EndDepot;
    }

    /// <summary>Index of this route in the search (one per vehicle).</summary>
    public int Index { get; }

    /// <summary>The vehicle type.</summary>
    public int Type { get; }

    /// <summary>Nodes by position, depots included.</summary>
    public int[] Nodes { get; }

    /// <summary>Where the vehicle stands after each position: the node, or for a break the place before it.</summary>
    public int[] Location { get; }

    /// <summary>Number of clients.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the route visits no client.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Distance from the start depot to each position.</summary>
    public long[] CumulativeDistance { get; }

    /// <summary>Load segment of positions 0..p, per dimension: <c>Prefix[p * Dimensions + d]</c>.</summary>
    public LoadSegment[] Prefix { get; }

    /// <summary>Load segment of positions p..Count+1, per dimension.</summary>
    public LoadSegment[] Suffix { get; }

    /// <summary>Duration segment of positions 0..p (only when the problem has time constraints).</summary>
    public DurationSegment[] PrefixTime { get; }

    /// <summary>Duration segment of positions p..Count+1.</summary>
    public DurationSegment[] SuffixTime { get; }

    /// <summary>Segments of the stretches in the middle of the route (built only when loads or times need them).</summary>
    public SegmentTable Segments { get; }

    /// <summary>Route distance.</summary>
    public long Distance => CumulativeDistance[Count + 1];

    /// <summary>Excess load per dimension.</summary>
    public long[] Excess { get; }

    /// <summary>Time warp, duration above the limit included.</summary>
    public long TimeWarp { get; private set; }

    /// <summary>Penalised cost under the weights of the last update.</summary>
    public double Cost { get; private set; }

    /// <summary>Search step at which the route last changed.</summary>
    public int LastModified { get; set; } = -1;

    /// <summary>The angular sector its clients occupy around the depot (for SWAP*).</summary>
    public CircleSector Sector { get; private set; }

    /// <summary>Replaces the clients by <paramref name="clients"/>.</summary>
    public void SetClients(ReadOnlySpan<int> clients)
    {
        clients.CopyTo(Nodes.AsSpan(1));
        Count = clients.Length;
        Nodes[Count + 1] = _data.VehicleTypes[Type].EndDepot;
    }

    /// <summary>The clients in order.</summary>
    public ReadOnlySpan<int> Clients => Nodes.AsSpan(1, Count);

    /// <summary>Recomputes every cache and the cost under <paramref name="weights"/>; registers node positions.</summary>
    public void Update(CostWeights weights, int[] routeOf, int[] positionOf)
    {
        var data = _data;
        var type = data.VehicleTypes[Type];
        var dims = data.Dimensions;
        var last = Count + 1;
        CumulativeDistance[0] = 0;
        Location[0] = Nodes[0];
        for (var p = 1; p <= last; p++)
        {
            Location[p] = data.LocationAfter(Location[p - 1], Nodes[p]);
            CumulativeDistance[p] = CumulativeDistance[p - 1] + data.Dist(Location[p - 1], Location[p]);
            if (p < last)
            {
                routeOf[Nodes[p]] = Index;
                positionOf[Nodes[p]] = p;
            }
        }

        for (var d = 0; d < dims; d++)
        {
            var capacity = type.Capacity[d];
            Prefix[d] = StartLoad(data, Type, d);
            for (var p = 1; p <= last; p++)
            {
                Prefix[p * dims + d] = LoadSegment.Merge(Prefix[(p - 1) * dims + d], NodeLoad(Nodes[p], d), capacity);
            }

            Suffix[last * dims + d] = default;
            for (var p = last - 1; p >= 0; p--)
            {
                var node = p == 0 ? StartLoad(data, Type, d) : NodeLoad(Nodes[p], d);
                Suffix[p * dims + d] = LoadSegment.Merge(node, Suffix[(p + 1) * dims + d], capacity);
            }

            Excess[d] = Prefix[last * dims + d].ExcessLoad(capacity, LoadSegment.EndsEmpty(data, Type, d));
        }

        TimeWarp = 0;
        if (data.HasTimeConstraints)
        {
            PrefixTime[0] = StartSegment(data, Type);
            for (var p = 1; p <= last; p++)
            {
                var node = p == last ? EndSegment(data, Type) : NodeTime(data, Nodes[p]);
                PrefixTime[p] = DurationSegment.Merge(PrefixTime[p - 1], node, data.Time(Location[p - 1], Location[p]));
            }

            SuffixTime[last] = EndSegment(data, Type);
            for (var p = last - 1; p >= 0; p--)
            {
                var node = p == 0 ? StartSegment(data, Type) : NodeTime(data, Nodes[p]);
                // Starting at a break, the travel out of it depends on where the vehicle stood before: the pricing
                // reads such a suffix only when the break keeps its predecessor (see SearchState).
                SuffixTime[p] = DurationSegment.Merge(node, SuffixTime[p + 1], data.Time(Location[p], Location[p + 1]));
            }

            TimeWarp = PrefixTime[last].TotalTimeWarp(type.MaxDuration);
        }

        if (data.HasDisposal || data.HasTimeConstraints)
        {
            Segments.Build(this);
        }

        Cost = Count == 0 ? 0 : RouteCost(data, Type, Distance, Excess, TimeWarp, weights);
        Sector = CircleSector.Of(Nodes.AsSpan(1, Count), _angles.AsSpan(type.StartDepot * data.NodeCount, data.NodeCount), data.IsBreak);
    }

    /// <summary>The penalised cost of a non-empty route of <paramref name="type"/> with these totals.</summary>
    public static double RouteCost(ProblemData data, int type, long distance, ReadOnlySpan<long> excess, long timeWarp, CostWeights weights)
    {
        var vehicle = data.VehicleTypes[type];
        var cost = vehicle.FixedCost + vehicle.UnitDistanceCost * distance + weights.TimeWarp * timeWarp;
        for (var d = 0; d < excess.Length; d++)
        {
            cost += weights.Load[d] * excess[d];
        }

        return cost;
    }

    /// <summary>The load segment of one node in one dimension.</summary>
    public static LoadSegment NodeLoad(ProblemData data, int node, int dimension) =>
        data.IsDisposal[node] && data.DimensionEmptiesAtDisposal[dimension]
            ? LoadSegment.Disposal
            : LoadSegment.ForClient(data.Demand[node * data.Dimensions + dimension]);

    /// <summary>The load a vehicle of <paramref name="type"/> starts with, in one dimension.</summary>
    public static LoadSegment StartLoad(ProblemData data, int type, int dimension) =>
        LoadSegment.ForClient(data.VehicleTypes[type].InitialLoad?[dimension] ?? 0);

    /// <summary>The duration segment of one client visit.</summary>
    public static DurationSegment NodeTime(ProblemData data, int node) =>
        DurationSegment.ForVisit(data.ServiceTime[node], data.Earliest[node], data.Latest[node]);

    /// <summary>The start depot's segment for a vehicle type: its shift and the depot's opening hours.</summary>
    public static DurationSegment StartSegment(ProblemData data, int type)
    {
        var vehicle = data.VehicleTypes[type];
        var depot = vehicle.StartDepot;
        return DurationSegment.ForVisit(0, Math.Max(vehicle.ShiftStart, data.Earliest[depot]), Math.Min(vehicle.ShiftEnd, data.Latest[depot]));
    }

    /// <summary>The end depot's segment for a vehicle type.</summary>
    public static DurationSegment EndSegment(ProblemData data, int type)
    {
        var vehicle = data.VehicleTypes[type];
        var depot = vehicle.EndDepot;
        return DurationSegment.ForVisit(0, Math.Max(vehicle.ShiftStart, data.Earliest[depot]), Math.Min(vehicle.ShiftEnd, data.Latest[depot]));
    }

    private LoadSegment NodeLoad(int node, int d) => NodeLoad(_data, node, d);
}
