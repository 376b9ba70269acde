namespace Waste.Routing.Solving.Search;

/// <summary>
/// Granular local search (HGS-CVRP's education step): place each changed route's disposal visits and break where they
/// cost least; for every client U in random order and every neighbour V, try the node operators in turn and apply the
/// first improving move; then SWAP* between routes whose sectors overlap; repeat until a full pass finds nothing.
/// Routes remember when they last changed, so pairs already tried against an unchanged route are not tried again. When
/// a pass finds nothing and vehicles have a fixed cost, try emptying each route no longer than the mean, shortest first
/// (<see cref="EmptyRoute"/>), and go on if one empties.
/// </summary>
internal sealed class LocalSearch
{
    private const double Epsilon = 1e-6;
    private readonly SearchState _state;
    private readonly int[][] _neighbours;
    private readonly NodeOperator[] _operators;
    private readonly NodeOperator[] _emptyRouteOperators;
    private readonly InsertStop _insert;
    private readonly RemoveStop _remove;
    private readonly SwapStar _swapStar;
    private readonly Func<int, bool>? _placeBreak;
    private readonly Func<int, bool>? _placeDisposal;
    private readonly EmptyRoute? _emptyRoute;
    private readonly SeededRandom _random;
    private readonly Proposal _proposal = new();
    private readonly int[] _order;
    private readonly int[] _lastTested;
    private readonly int[] _lastSwapStar;
    private readonly int[] _lastBreak;
    private readonly int[] _lastDisposal;
    private readonly int[] _firstEmptyOfType;

    /// <summary>Creates the search for <paramref name="data"/> with <paramref name="granularity"/> neighbours per client.</summary>
    public LocalSearch(ProblemData data, SeededRandom random, int granularity)
    {
        _state = new SearchState(data);
        _random = random;
        _neighbours = NeighbourLists.Build(data, granularity);
        var operators = new List<NodeOperator>
        {
            new Relocate(_state),
            new OrOpt(_state, 2),
            new OrOpt(_state, 3),
            new Swap(_state, 1, 1),
            new Swap(_state, 2, 1),
            new Swap(_state, 2, 2),
            new TwoOpt(_state),
            new TwoOptStar(_state, reversed: false),
        };
        if (data.IsSymmetric && !data.HasTimeConstraints)
        {
            operators.Add(new TwoOptStar(_state, reversed: true));
        }

        _operators = operators.ToArray();
        _emptyRouteOperators = [_operators[0], _operators[1], new TwoOptStar(_state, reversed: false)];
        _insert = new InsertStop(_state);
        _remove = new RemoveStop(_state);
        _swapStar = new SwapStar(_state);
        _placeBreak = data.HasBreaks ? new PlaceBreak(_state).Improve : null;
        _placeDisposal = data.HasDisposal ? new PlaceDisposal(_state).Improve : null;
        // A route's fixed cost is what no single move sees; where vehicles have none (the CVRP benchmarks), the search
        // is not spent on trying to empty routes.
        _emptyRoute = data.VehicleTypes.Any(t => t.FixedCost > 0) ? new EmptyRoute(_state, _neighbours, _placeDisposal) : null;
        _order = Enumerable.Range(data.DepotCount, data.ClientCount).ToArray();
        _lastTested = new int[data.NodeCount];
        _lastSwapStar = new int[_state.Routes.Length];
        _lastBreak = new int[_state.Routes.Length];
        _lastDisposal = new int[_state.Routes.Length];
        _firstEmptyOfType = new int[data.VehicleTypes.Length];
    }

    /// <summary>The problem.</summary>
    public ProblemData Data => _state.Data;

    /// <summary>Improves <paramref name="routes"/> (one client list per vehicle) under <paramref name="weights"/> to a local
    /// optimum, or until <paramref name="outOfTime"/> says the search's time is up (checked after each pass over the
    /// nodes: on a large model on a loaded machine one descent can outlast the whole time limit).</summary>
    public int[][] Run(IReadOnlyList<int[]> routes, CostWeights weights, Func<bool>? outOfTime = null)
    {
        _state.Load(routes, weights);
        _swapStar.Reset();
        _random.Shuffle(_order.AsSpan());
        foreach (var list in _neighbours)
        {
            if (list.Length > 1 && _random.Next(list.Length) == 0)
            {
                _random.Shuffle(list.AsSpan());
            }
        }

        Array.Fill(_lastTested, -1);
        Array.Fill(_lastSwapStar, -1);
        Array.Fill(_lastBreak, -1);
        Array.Fill(_lastDisposal, -1);
        var improved = true;
        for (var loop = 0; improved && outOfTime?.Invoke() != true; loop++)
        {
            // Unloading and breaks first: moves between stops are priced against them, and split's routes have neither.
            improved = ImproveWithinRoutes(_placeDisposal, _lastDisposal);
            improved |= ImproveWithinRoutes(_placeBreak, _lastBreak);
            foreach (var u in _order)
            {
                improved |= ImproveAround(u, loop);
            }

            improved |= ImproveBetweenRoutes();
            improved = improved || EmptyOneRoute();
        }

        return _state.Routes.Select(r => r.Clients.ToArray()).ToArray();
    }

    private bool ImproveAround(int u, int loop)
    {
        var lastTested = _lastTested[u];
        _lastTested[u] = _state.Step;
        var improved = false;
        if (!_state.IsVisited(u))
        {
            return TryInsert(u);
        }

        if (_remove.Propose(u, _proposal) && TryApply())
        {
            return true;
        }

        foreach (var v in _neighbours[u])
        {
            if (!_state.IsVisited(v) || !_state.IsVisited(u))
            {
                continue;
            }

            var rv = _state.RouteOf[v];
            var ru = _state.RouteOf[u];
            if (loop > 0 && Math.Max(_state.Routes[ru].LastModified, _state.Routes[rv].LastModified) <= lastTested)
            {
                continue;
            }

            if (TryOperators(_operators, u, rv, _state.PositionOf[v]))
            {
                improved = true;
                continue;
            }

            if (_state.PositionOf[v] == 1 && TryOperators(_operators, u, rv, 0))
            {
                improved = true;
            }
        }

        if (loop > 0 && _state.IsVisited(u))
        {
            FindEmptyRoutes();
            foreach (var empty in _firstEmptyOfType)
            {
                if (empty >= 0 && _state.IsVisited(u) && TryOperators(_emptyRouteOperators, u, empty, 0))
                {
                    improved = true;
                    FindEmptyRoutes();
                }
            }
        }

        return improved;
    }

    private bool TryInsert(int u)
    {
        foreach (var v in _neighbours[u])
        {
            if (_state.IsVisited(v))
            {
                var rv = _state.RouteOf[v];
                if (_insert.Propose(u, rv, _state.PositionOf[v], _proposal) && TryApply())
                {
                    return true;
                }

                if (_insert.Propose(u, rv, _state.PositionOf[v] - 1, _proposal) && TryApply())
                {
                    return true;
                }
            }
        }

        FindEmptyRoutes();
        foreach (var empty in _firstEmptyOfType)
        {
            if (empty >= 0 && _insert.Propose(u, empty, 0, _proposal) && TryApply())
            {
                return true;
            }
        }

        return false;
    }

    private bool TryOperators(NodeOperator[] operators, int u, int rv, int pv)
    {
        foreach (var op in operators)
        {
            if (op.Propose(u, rv, pv, _proposal) && TryApply())
            {
                return true;
            }
        }

        return false;
    }

    private bool TryApply()
    {
        if (_state.Delta(_proposal) < -Epsilon)
        {
            _state.Apply(_proposal);
            return true;
        }

        return false;
    }

    private bool ImproveBetweenRoutes()
    {
        var improved = false;
        var routes = _state.Routes;
        for (var r1 = 0; r1 < routes.Length; r1++)
        {
            var lastTested = _lastSwapStar[r1];
            _lastSwapStar[r1] = _state.Step;
            for (var r2 = r1 + 1; r2 < routes.Length; r2++)
            {
                if (routes[r1].IsEmpty || routes[r2].IsEmpty
                    || Math.Max(routes[r1].LastModified, routes[r2].LastModified) <= lastTested
                    || !CircleSector.Overlap(routes[r1].Sector, routes[r2].Sector))
                {
                    continue;
                }

                improved |= _swapStar.Improve(r1, r2);
            }
        }

        return improved;
    }

    private bool EmptyOneRoute()
    {
        if (_emptyRoute is null)
        {
            return false;
        }

        var used = _state.Routes.Where(r => !r.IsEmpty).ToArray();
        var mean = used.Length == 0 ? 0 : used.Average(r => r.Count);
        foreach (var route in used.Where(r => r.Count <= mean).OrderBy(r => r.Count).Select(r => r.Index).ToArray())
        {
            if (_emptyRoute.Improve(route))
            {
                return true;
            }
        }

        return false;
    }

    // Applies `improve` to every route changed since it last ran there, until it finds nothing more.
    private bool ImproveWithinRoutes(Func<int, bool>? improve, int[] lastRun)
    {
        if (improve is null)
        {
            return false;
        }

        var improved = false;
        foreach (var route in _state.Routes)
        {
            if (route.LastModified > lastRun[route.Index])
            {
                lastRun[route.Index] = _state.Step;
                while (improve(route.Index))
                {
                    improved = true;
                    lastRun[route.Index] = _state.Step;
                }
            }
        }

        return improved;
    }

    private void FindEmptyRoutes()
    {
        Array.Fill(_firstEmptyOfType, -1);
        foreach (var route in _state.Routes)
        {
            if (route.IsEmpty && _firstEmptyOfType[route.Type] < 0)
            {
                _firstEmptyOfType[route.Type] = route.Index;
            }
        }
    }
}
