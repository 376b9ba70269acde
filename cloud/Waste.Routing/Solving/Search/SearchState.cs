namespace Waste.Routing.Solving.Search;

/// <summary>
/// The solution under local search: one <see cref="SearchRoute"/> per vehicle, where each client stands, and the
/// pricing and application of <see cref="Proposal"/>s. Pricing reads prefix and suffix data where a piece starts or ends
/// a route, and walks only the short pieces in between, so most moves cost constant time.
/// </summary>
internal sealed class SearchState
{
    private const double Epsilon = 1e-6;

    // Pieces up to this long are walked node by node; longer ones are read from the route's segment table.
    private const int ShortPiece = 4;
    private readonly long[] _excess;
    private readonly int[] _bufferA;
    private readonly int[] _bufferB;
    private readonly bool[,] _sameStart;
    private readonly bool[,] _sameEnd;

    /// <summary>Creates one empty route per vehicle.</summary>
    public SearchState(ProblemData data)
    {
        Data = data;
        var routes = new List<SearchRoute>();
        var angles = CircleSector.Angles(data);
        for (var t = 0; t < data.VehicleTypes.Length; t++)
        {
            for (var k = 0; k < data.VehicleTypes[t].Count; k++)
            {
                routes.Add(new SearchRoute(data, routes.Count, t, angles));
            }
        }

        Routes = routes.ToArray();
        RouteOf = new int[data.NodeCount];
        PositionOf = new int[data.NodeCount];
        _excess = new long[data.Dimensions];
        _bufferA = new int[data.NodeCount];
        _bufferB = new int[data.NodeCount];
        var types = data.VehicleTypes.Length;
        _sameStart = new bool[types, types];
        _sameEnd = new bool[types, types];
        for (var a = 0; a < types; a++)
        {
            for (var b = 0; b < types; b++)
            {
                var ta = data.VehicleTypes[a];
                var tb = data.VehicleTypes[b];
                var sameLoad = (!data.HasDisposal || ta.Capacity.AsSpan().SequenceEqual(tb.Capacity))
                    && (ta.InitialLoad ?? new int[data.Dimensions]).AsSpan().SequenceEqual(tb.InitialLoad ?? new int[data.Dimensions]);
                _sameStart[a, b] = sameLoad && SearchRoute.StartSegment(data, a) == SearchRoute.StartSegment(data, b) && ta.StartDepot == tb.StartDepot;
                _sameEnd[a, b] = sameLoad && SearchRoute.EndSegment(data, a) == SearchRoute.EndSegment(data, b) && ta.EndDepot == tb.EndDepot;
            }
        }

        Weights = new CostWeights(data.Dimensions, 1, 1);
    }

    /// <summary>The problem.</summary>
    public ProblemData Data { get; }

    /// <summary>One route per vehicle.</summary>
    public SearchRoute[] Routes { get; }

    /// <summary>Route of each visited client, -1 for a client in no route.</summary>
    public int[] RouteOf { get; }

    /// <summary>Position of each visited client in its route.</summary>
    public int[] PositionOf { get; }

    /// <summary>The penalty weights in force.</summary>
    public CostWeights Weights { get; private set; }

    /// <summary>Counts applied moves; routes remember the step of their last change.</summary>
    public int Step { get; private set; }

    /// <summary>Whether client <paramref name="node"/> is in a route.</summary>
    public bool IsVisited(int node) => RouteOf[node] >= 0;

    /// <summary>Loads the routes (one client list per vehicle) and prices them under <paramref name="weights"/>.</summary>
    public void Load(IReadOnlyList<int[]> routes, CostWeights weights)
    {
        Weights = weights;
        Array.Fill(RouteOf, -1);
        for (var r = 0; r < Routes.Length; r++)
        {
            Routes[r].SetClients(r < routes.Count ? routes[r] : []);
            Routes[r].Update(weights, RouteOf, PositionOf);
            Routes[r].LastModified = 0;
        }

        Step = 0;
    }

    /// <summary>The node at position <paramref name="position"/> of the piece's route, or the piece's single node.</summary>
    public int NodeAt(in Piece piece, int position) => piece.IsSingle ? piece.From : Routes[piece.Route].Nodes[position];

    /// <summary>
    /// The change in total cost if <paramref name="proposal"/> were applied, or +infinity when a lower bound already
    /// shows it cannot improve (distances and fixed costs alone, penalties being never negative).
    /// </summary>
    public double Delta(Proposal proposal)
    {
        var routeA = Routes[proposal.RouteA];
        var oldCost = routeA.Cost;
        SearchRoute? routeB = null;
        if (proposal.RouteB >= 0)
        {
            routeB = Routes[proposal.RouteB];
            oldCost += routeB.Cost;
        }

        var a = proposal.A.AsSpan(0, proposal.CountA);
        var b = proposal.B.AsSpan(0, proposal.CountB);
        var distanceA = a.IsEmpty ? 0 : Distance(routeA.Type, a);
        var distanceB = routeB is null || b.IsEmpty ? 0 : Distance(routeB.Type, b);
        var bound = DistanceCost(routeA.Type, a, distanceA) + proposal.PrizeDelta;
        if (routeB is not null)
        {
            bound += DistanceCost(routeB.Type, b, distanceB);
        }

        if (bound >= oldCost - Epsilon)
        {
            return double.PositiveInfinity;
        }

        var cost = Cost(routeA.Type, a, distanceA) + proposal.PrizeDelta;
        if (routeB is not null)
        {
            cost += Cost(routeB.Type, b, distanceB);
        }

        return cost - oldCost;
    }

    /// <summary>The change in total cost if <paramref name="proposal"/> were applied, priced in full even when it is
    /// worse (for a move worth making only with others).</summary>
    public double ExactDelta(Proposal proposal)
    {
        var routeA = Routes[proposal.RouteA];
        var delta = Cost(routeA.Type, proposal.A.AsSpan(0, proposal.CountA)) - routeA.Cost + proposal.PrizeDelta;
        if (proposal.RouteB >= 0)
        {
            var routeB = Routes[proposal.RouteB];
            delta += Cost(routeB.Type, proposal.B.AsSpan(0, proposal.CountB)) - routeB.Cost;
        }

        return delta;
    }

    /// <summary>The total cost: every route's penalised cost and the prizes of the optional clients no route holds.</summary>
    public double Objective()
    {
        var cost = 0.0;
        foreach (var route in Routes)
        {
            cost += route.Cost;
        }

        for (var node = Data.DepotCount; node < Data.NodeCount; node++)
        {
            cost += IsVisited(node) ? 0 : Data.Prize[node];
        }

        return cost;
    }

    /// <summary>Gives route <paramref name="route"/> back the clients it had (undoing moves that did not pay); restore
    /// every route the moves changed.</summary>
    public void Restore(int route, ReadOnlySpan<int> clients)
    {
        Step++;
        Replace(Routes[route], clients);
    }

    /// <summary>Makes <paramref name="proposal"/> the current solution.</summary>
    public void Apply(Proposal proposal)
    {
        var countA = Materialise(proposal.A.AsSpan(0, proposal.CountA), _bufferA);
        var countB = proposal.RouteB >= 0 ? Materialise(proposal.B.AsSpan(0, proposal.CountB), _bufferB) : 0;
        Step++;
        Replace(Routes[proposal.RouteA], _bufferA.AsSpan(0, countA));
        if (proposal.RouteB >= 0)
        {
            Replace(Routes[proposal.RouteB], _bufferB.AsSpan(0, countB));
        }
    }

    /// <summary>Re-prices every route under new weights.</summary>
    public void Reweigh(CostWeights weights)
    {
        Weights = weights;
        foreach (var route in Routes)
        {
            route.Update(weights, RouteOf, PositionOf);
        }
    }

    /// <summary>The penalised cost of a route of <paramref name="type"/> made of <paramref name="pieces"/>.</summary>
    public double Cost(int type, ReadOnlySpan<Piece> pieces) => pieces.IsEmpty ? 0 : Cost(type, pieces, Distance(type, pieces));

    private double DistanceCost(int type, ReadOnlySpan<Piece> pieces, long distance)
    {
        if (pieces.IsEmpty)
        {
            return 0;
        }

        var vehicle = Data.VehicleTypes[type];
        return vehicle.FixedCost + vehicle.UnitDistanceCost * distance;
    }

    private double Cost(int type, ReadOnlySpan<Piece> pieces, long distance)
    {
        if (pieces.IsEmpty)
        {
            return 0;
        }

        var dims = Data.Dimensions;
        var capacity = Data.VehicleTypes[type].Capacity;
        for (var d = 0; d < dims; d++)
        {
            _excess[d] = Load(type, pieces, d).ExcessLoad(capacity[d], LoadSegment.EndsEmpty(Data, type, d));
        }

        var timeWarp = Data.HasTimeConstraints ? Time(type, pieces).TotalTimeWarp(Data.VehicleTypes[type].MaxDuration) : 0;
        return SearchRoute.RouteCost(Data, type, distance, _excess, timeWarp, Weights);
    }

    private long Distance(int type, ReadOnlySpan<Piece> pieces)
    {
        var vehicle = Data.VehicleTypes[type];
        long distance = 0;
        var previous = vehicle.StartDepot;
        foreach (ref readonly var piece in pieces)
        {
            if (Data.HasBreaks && !piece.IsSingle && !piece.Reversed && EndsInBreak(piece))
            {
                distance += DistanceWithoutEndBreaks(piece, ref previous);
                continue;
            }

            if (Data.HasBreaks && (EndsInBreak(piece) || (piece.Reversed && !Data.IsSymmetric)))
            {
                distance += WalkDistance(piece, ref previous);
                continue;
            }

            var first = NodeAt(piece, piece.Reversed ? piece.To : piece.From);
            distance += Data.Dist(previous, first) + InnerDistance(piece);
            previous = NodeAt(piece, piece.Reversed ? piece.From : piece.To);
        }

        return distance + Data.Dist(previous, vehicle.EndDepot);
    }

    private long InnerDistance(in Piece piece)
    {
        if (piece.IsSingle)
        {
            return 0;
        }

        var route = Routes[piece.Route];
        if (!piece.Reversed || Data.IsSymmetric)
        {
            // Breaks strictly inside keep their neighbours, so the route's own cumulative distance holds.
            return route.CumulativeDistance[piece.To] - route.CumulativeDistance[piece.From];
        }

        long distance = 0;
        for (var p = piece.To; p > piece.From; p--)
        {
            distance += Data.Dist(route.Nodes[p], route.Nodes[p - 1]);
        }

        return distance;
    }

    // A piece that starts or ends with a break in its new place (its own data assumed the old neighbour): node by node.
    private bool EndsInBreak(in Piece piece) =>
        Data.IsBreak[NodeAt(piece, piece.From)] || Data.IsBreak[NodeAt(piece, piece.To)];

    // A forward piece with breaks at its ends: the breaks there stand where the vehicle stands (no distance), and between
    // the first and last placed visits the route's own cumulative distance holds.
    private long DistanceWithoutEndBreaks(in Piece piece, ref int previous)
    {
        var route = Routes[piece.Route];
        var first = piece.From;
        var last = piece.To;
        while (first <= last && Data.IsBreak[route.Nodes[first]])
        {
            first++;
        }

        while (last >= first && Data.IsBreak[route.Nodes[last]])
        {
            last--;
        }

        if (first > last)
        {
            return 0;
        }

        var distance = Data.Dist(previous, route.Nodes[first]) + route.CumulativeDistance[last] - route.CumulativeDistance[first];
        previous = route.Nodes[last];
        return distance;
    }

    private long WalkDistance(in Piece piece, ref int previous)
    {
        long distance = 0;
        for (var i = 0; i < piece.Length; i++)
        {
            var node = NodeAt(piece, piece.Reversed ? piece.To - i : piece.From + i);
            var next = Data.LocationAfter(previous, node);
            distance += Data.Dist(previous, next);
            previous = next;
        }

        return distance;
    }

    private LoadSegment Load(int type, ReadOnlySpan<Piece> pieces, int d)
    {
        var dims = Data.Dimensions;
        var capacity = Data.VehicleTypes[type].Capacity[d];
        var segment = SearchRoute.StartLoad(Data, type, d);
        for (var k = 0; k < pieces.Length; k++)
        {
            ref readonly var piece = ref pieces[k];
            if (piece.IsSingle)
            {
                segment = LoadSegment.Merge(segment, SearchRoute.NodeLoad(Data, piece.From, d), capacity);
                continue;
            }

            var route = Routes[piece.Route];
            if (!Data.HasDisposal)
            {
                // Without disposal visits a piece's load is a difference of prefix sums, in either direction.
                var load = route.Prefix[piece.To * dims + d].Head - route.Prefix[(piece.From - 1) * dims + d].Head;
                segment = new LoadSegment(segment.Head + load, 0, 0, false);
            }
            else if (k == 0 && !piece.Reversed && piece.From == 1 && _sameStart[type, route.Type])
            {
                // The route's own prefix already starts with the same load on board.
                segment = route.Prefix[piece.To * dims + d];
            }
            else if (!piece.Reversed && piece.To == route.Count && _sameEnd[type, route.Type])
            {
                segment = LoadSegment.Merge(segment, route.Suffix[piece.From * dims + d], capacity);
            }
            else if (!piece.Reversed && piece.Length > ShortPiece)
            {
                segment = LoadSegment.Merge(segment, route.Segments.Load(piece.From, piece.To, d, capacity), capacity);
            }
            else
            {
                for (var i = 0; i < piece.Length; i++)
                {
                    var p = piece.Reversed ? piece.To - i : piece.From + i;
                    segment = LoadSegment.Merge(segment, SearchRoute.NodeLoad(Data, route.Nodes[p], d), capacity);
                }
            }
        }

        return segment;
    }

    private DurationSegment Time(int type, ReadOnlySpan<Piece> pieces)
    {
        var segment = SearchRoute.StartSegment(Data, type);
        var previous = Data.VehicleTypes[type].StartDepot;
        for (var k = 0; k < pieces.Length; k++)
        {
            ref readonly var piece = ref pieces[k];
            if (!piece.IsSingle && !piece.Reversed)
            {
                var route = Routes[piece.Route];
                if (k == 0 && piece.From == 1 && _sameStart[type, route.Type])
                {
                    segment = route.PrefixTime[piece.To];
                    previous = route.Location[piece.To];
                    continue;
                }

                if (k == pieces.Length - 1 && piece.To == route.Count && _sameEnd[type, route.Type] && !Data.IsBreak[route.Nodes[piece.From]])
                {
                    return DurationSegment.Merge(segment, route.SuffixTime[piece.From], Data.Time(previous, route.Nodes[piece.From]));
                }

                if (piece.Length > ShortPiece)
                {
                    // Breaks leading the piece are taken where the vehicle stands in its new place; the rest is the table's.
                    var from = piece.From;
                    while (from <= piece.To && Data.IsBreak[route.Nodes[from]])
                    {
                        segment = DurationSegment.Merge(segment, SearchRoute.NodeTime(Data, route.Nodes[from]), Data.Time(previous, previous));
                        from++;
                    }

                    if (from <= piece.To)
                    {
                        segment = DurationSegment.Merge(segment, route.Segments.Time(route, from, piece.To), Data.Time(previous, route.Nodes[from]));
                        previous = route.Location[piece.To];
                    }

                    continue;
                }
            }

            for (var i = 0; i < piece.Length; i++)
            {
                var node = NodeAt(piece, piece.Reversed ? piece.To - i : piece.From + i);
                var next = Data.LocationAfter(previous, node);
                segment = DurationSegment.Merge(segment, SearchRoute.NodeTime(Data, node), Data.Time(previous, next));
                previous = next;
            }
        }

        var end = Data.VehicleTypes[type].EndDepot;
        return DurationSegment.Merge(segment, SearchRoute.EndSegment(Data, type), Data.Time(previous, end));
    }

    private int Materialise(ReadOnlySpan<Piece> pieces, int[] buffer)
    {
        var count = 0;
        foreach (ref readonly var piece in pieces)
        {
            for (var i = 0; i < piece.Length; i++)
            {
                buffer[count++] = NodeAt(piece, piece.Reversed ? piece.To - i : piece.From + i);
            }
        }

        return count;
    }

    private void Replace(SearchRoute route, ReadOnlySpan<int> clients)
    {
        // Clients leaving the solution through this route lose their place; those staying get it back in Update.
        foreach (var node in route.Clients)
        {
            if (RouteOf[node] == route.Index)
            {
                RouteOf[node] = -1;
            }
        }

        route.SetClients(clients);
        route.Update(Weights, RouteOf, PositionOf);
        route.LastModified = Step;
    }
}
