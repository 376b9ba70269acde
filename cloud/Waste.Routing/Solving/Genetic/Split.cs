namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// Cuts a giant tour into routes at the cheapest places (Prins' split, as a shortest path over cut points). For the
/// classic problem (one vehicle type, one load dimension, no times) it runs Vidal's (2016) linear-time version; for the
/// rich model a quadratic Bellman pass priced on the first vehicle type, after which routes go to the vehicles that
/// serve them cheapest. Load excess is priced, not forbidden, as in HGS.
/// </summary>
internal sealed class Split
{
    private readonly ProblemData _data;
    private readonly int[] _vehicleTypeOf;
    private readonly bool _linear;
    private readonly double[] _potential;
    private readonly int[] _predecessor;
    private readonly long[] _sumLoad;
    private readonly long[] _sumDistance;
    private readonly int[] _queue;

    /// <summary>Creates the splitter for vehicles whose types are <paramref name="vehicleTypeOf"/>.</summary>
    public Split(ProblemData data, int[] vehicleTypeOf)
    {
        _data = data;
        _vehicleTypeOf = vehicleTypeOf;
        var type = data.VehicleTypes[0];
        _linear = data.IsHomogeneous && data.Dimensions == 1 && !data.HasTimeConstraints && !data.HasDisposal
            && type.StartDepot == type.EndDepot && type.InitialLoad is null;
        var size = data.NodeCount + 1;
        _potential = new double[size];
        _predecessor = new int[size];
        _sumLoad = new long[size];
        _sumDistance = new long[size];
        _queue = new int[size];
    }

    /// <summary>The routes, one per vehicle (empty ones included), for <paramref name="tour"/>.</summary>
    public int[][] Run(int[] tour, CostWeights weights)
    {
        if (tour.Length == 0)
        {
            return _vehicleTypeOf.Select(_ => Array.Empty<int>()).ToArray();
        }

        if (_linear)
        {
            SplitLinear(tour, weights.Load[0]);
        }
        else
        {
            SplitBellman(tour, weights);
        }

        var cuts = new List<(int From, int To)>();
        for (var j = tour.Length; j > 0; j = _predecessor[j])
        {
            cuts.Add((_predecessor[j], j));
        }

        cuts.Reverse();
        var routes = cuts.Select(c => tour[c.From..c.To]).ToList();
        MergeUntilFleetSuffices(routes);
        return Assign(routes, weights);
    }

    private void SplitLinear(int[] tour, double penalty)
    {
        var n = tour.Length;
        var depot = _data.VehicleTypes[0].StartDepot;
        var capacity = _data.VehicleTypes[0].Capacity[0];
        for (var i = 1; i <= n; i++)
        {
            _sumLoad[i] = _sumLoad[i - 1] + _data.Demand[tour[i - 1]];
            _sumDistance[i] = i == 1 ? 0 : _sumDistance[i - 1] + _data.Dist(tour[i - 2], tour[i - 1]);
        }

        // Vidal (2016): potentials along a deque of non-dominated predecessors.
        double Propagate(int i, int j) =>
            _potential[i] + _sumDistance[j] - _sumDistance[i + 1] + _data.Dist(depot, tour[i]) + _data.Dist(tour[j - 1], depot)
            + penalty * Math.Max(_sumLoad[j] - _sumLoad[i] - capacity, 0);

        bool Dominates(int i, int j) =>
            _potential[j] + _data.Dist(depot, tour[j]) > _potential[i] + _data.Dist(depot, tour[i])
            + _sumDistance[j + 1] - _sumDistance[i + 1] + penalty * (_sumLoad[j] - _sumLoad[i]);

        bool DominatesRight(int i, int j) =>
            _potential[j] + _data.Dist(depot, tour[j]) < _potential[i] + _data.Dist(depot, tour[i])
            + _sumDistance[j + 1] - _sumDistance[i + 1] + 1e-6;

        _potential[0] = 0;
        int front = 0, back = 0;
        _queue[0] = 0;
        for (var i = 1; i <= n; i++)
        {
            _potential[i] = Propagate(_queue[front], i);
            _predecessor[i] = _queue[front];
            if (i < n)
            {
                if (!Dominates(_queue[back], i))
                {
                    while (back >= front && DominatesRight(_queue[back], i))
                    {
                        back--;
                    }

                    _queue[++back] = i;
                }

                while (back > front && Propagate(_queue[front], i + 1) > Propagate(_queue[front + 1], i + 1) - 1e-6)
                {
                    front++;
                }
            }
        }
    }

    private void SplitBellman(int[] tour, CostWeights weights)
    {
        var n = tour.Length;
        var vehicle = _data.VehicleTypes[0];
        var dims = _data.Dimensions;
        var loads = new Solving.LoadSegment[dims];
        var excess = new long[dims];
        _potential[0] = 0;
        for (var j = 1; j <= n; j++)
        {
            _potential[j] = double.MaxValue;
        }

        for (var i = 0; i < n; i++)
        {
            // Extends the route tour[i..j-1] one client at a time, keeping its totals, so the pass is quadratic.
            long distance = 0;
            for (var d = 0; d < dims; d++)
            {
                loads[d] = Search.SearchRoute.StartLoad(_data, 0, d);
            }

            var time = Search.SearchRoute.StartSegment(_data, 0);
            var previous = vehicle.StartDepot;
            for (var j = i + 1; j <= n && (j == i + 1 || !FarOverALimit(loads, vehicle)); j++)
            {
                var node = tour[j - 1];
                var location = _data.LocationAfter(previous, node);
                distance += _data.Dist(previous, location);
                for (var d = 0; d < dims; d++)
                {
                    loads[d] = LoadSegment.Merge(loads[d], Search.SearchRoute.NodeLoad(_data, node, d), vehicle.Capacity[d]);
                    excess[d] = loads[d].ExcessLoad(vehicle.Capacity[d], LoadSegment.EndsEmpty(_data, 0, d));
                }

                long timeWarp = 0;
                if (_data.HasTimeConstraints)
                {
                    time = DurationSegment.Merge(time, Search.SearchRoute.NodeTime(_data, node), _data.Time(previous, location));
                    var closed = DurationSegment.Merge(time, Search.SearchRoute.EndSegment(_data, 0), _data.Time(location, vehicle.EndDepot));
                    timeWarp = closed.TotalTimeWarp(vehicle.MaxDuration);
                }

                previous = location;
                var cost = _potential[i] + Search.SearchRoute.RouteCost(_data, 0, distance + _data.Dist(location, vehicle.EndDepot), excess, timeWarp, weights);
                if (cost < _potential[j])
                {
                    _potential[j] = cost;
                    _predecessor[j] = i;
                }
            }
        }
    }

    // HGS-CVRP's bound on the routes split considers: no more than 1.5 times what a vehicle may hold in a dimension
    // that limits the whole route (one no disposal visit empties, of positive capacity). It keeps the pass from being
    // quadratic in the tour on a thousand stops.
    private bool FarOverALimit(LoadSegment[] loads, VehicleType vehicle)
    {
        for (var d = 0; d < loads.Length; d++)
        {
            var limitsTheRoute = (!_data.HasDisposal || !_data.DimensionEmptiesAtDisposal[d]) && vehicle.Capacity[d] > 0;
            if (limitsTheRoute && loads[d].Head + loads[d].Tail > 1.5 * vehicle.Capacity[d])
            {
                return true;
            }
        }

        return false;
    }

    private void MergeUntilFleetSuffices(List<int[]> routes)
    {
        while (routes.Count > _vehicleTypeOf.Length)
        {
            var best = 0;
            for (var i = 1; i + 1 < routes.Count; i++)
            {
                if (routes[i].Length + routes[i + 1].Length < routes[best].Length + routes[best + 1].Length)
                {
                    best = i;
                }
            }

            routes[best] = [.. routes[best], .. routes[best + 1]];
            routes.RemoveAt(best + 1);
        }
    }

    private int[][] Assign(List<int[]> routes, CostWeights weights)
    {
        var result = _vehicleTypeOf.Select(_ => Array.Empty<int>()).ToArray();
        if (_data.IsHomogeneous)
        {
            for (var r = 0; r < routes.Count; r++)
            {
                result[r] = routes[r];
            }

            return result;
        }

        // Longest routes choose first, each taking the free vehicle that serves it cheapest.
        var free = new bool[_vehicleTypeOf.Length];
        Array.Fill(free, true);
        foreach (var route in routes.OrderByDescending(r => r.Length))
        {
            var bestSlot = -1;
            var bestCost = double.MaxValue;
            var triedTypes = new HashSet<int>();
            for (var slot = 0; slot < free.Length; slot++)
            {
                if (!free[slot] || !triedTypes.Add(_vehicleTypeOf[slot]))
                {
                    continue;
                }

                var cost = RouteEvaluation.Of(_data, _vehicleTypeOf[slot], route).PenalisedCost(_data, _vehicleTypeOf[slot], weights);
                if (cost < bestCost)
                {
                    (bestCost, bestSlot) = (cost, slot);
                }
            }

            free[bestSlot] = false;
            result[bestSlot] = route;
        }

        return result;
    }
}
