namespace Waste.Routing.Solving.Search;

/// <summary>
/// SWAP* (Vidal 2022): exchanges a client U of one route with a client V of another, each inserted at its best place in
/// the other route rather than in the other's place. The three cheapest insertion places of every client in every
/// route are cached by distance, so a route pair costs O(|R1| x |R2|); the best candidate is then priced exactly
/// (loads, time windows) and applied only if it improves.
/// </summary>
internal sealed class SwapStar
{
    private const double Epsilon = 1e-6;
    private readonly SearchState _state;
    private readonly ThreeBest[] _best;
    private readonly int[] _stamp;
    private readonly Proposal _proposal = new();

    /// <summary>Creates the operator and its insertion cache (one entry per route and node).</summary>
    public SwapStar(SearchState state)
    {
        _state = state;
        _best = new ThreeBest[state.Routes.Length * state.Data.NodeCount];
        _stamp = new int[state.Routes.Length * state.Data.NodeCount];
    }

    /// <summary>Forgets cached insertion places (a new local search starts).</summary>
    public void Reset() => Array.Fill(_stamp, -1);

    /// <summary>Finds and applies the best SWAP* between routes <paramref name="r1"/> and <paramref name="r2"/>; true if it improved.</summary>
    public bool Improve(int r1, int r2)
    {
        var route1 = _state.Routes[r1];
        var route2 = _state.Routes[r2];
        if (route1.IsEmpty || route2.IsEmpty)
        {
            return false;
        }

        var data = _state.Data;
        var cost1 = data.VehicleTypes[route1.Type].UnitDistanceCost;
        var cost2 = data.VehicleTypes[route2.Type].UnitDistanceCost;
        var bestDelta = -Epsilon;
        int bestU = -1, bestV = -1, placeU = -1, placeV = -1;
        for (var pu = 1; pu <= route1.Count; pu++)
        {
            var u = route1.Nodes[pu];
            if (data.IsBreak[u])
            {
                continue;
            }

            var removeU = cost1 * RemovalDelta(route1, pu);
            ref readonly var intoRoute2 = ref Best(r2, u);
            for (var pv = 1; pv <= route2.Count; pv++)
            {
                var v = route2.Nodes[pv];
                if (data.IsBreak[v])
                {
                    continue;
                }

                var removeV = cost2 * RemovalDelta(route2, pv);
                var loadDelta = LoadPenaltyDelta(route1, u, v) + LoadPenaltyDelta(route2, v, u);
                if (loadDelta + removeU + removeV >= bestDelta)
                {
                    continue;
                }

                var (insertU, afterU) = CheapestInPlaceOf(route2, pv, u, intoRoute2);
                var (insertV, afterV) = CheapestInPlaceOf(route1, pu, v, Best(r1, v));
                var delta = loadDelta + removeU + removeV + cost2 * insertU + cost1 * insertV;
                if (delta < bestDelta)
                {
                    (bestDelta, bestU, bestV, placeU, placeV) = (delta, u, v, afterU, afterV);
                }
            }
        }

        if (bestU < 0)
        {
            return false;
        }

        Describe(r1, _state.PositionOf[bestU], bestV, placeV, r2, _state.PositionOf[bestV], bestU, placeU);
        if (_state.Delta(_proposal) >= -Epsilon)
        {
            return false;
        }

        _state.Apply(_proposal);
        return true;
    }

    private void Describe(int r1, int pu, int v, int afterV, int r2, int pv, int u, int afterU)
    {
        _proposal.Start(r1, r2);
        _proposal.AddMoved(r1, _state.Routes[r1].Count, pu, v, afterV);
        _proposal.AddMoved(r2, _state.Routes[r2].Count, pv, u, afterU);
    }

    private long RemovalDelta(SearchRoute route, int p)
    {
        var data = _state.Data;
        var previous = route.Nodes[p - 1];
        var node = route.Nodes[p];
        var next = route.Nodes[p + 1];
        return data.Dist(previous, next) - data.Dist(previous, node) - data.Dist(node, next);
    }

    // Penalty change of `route` when `leaving` is swapped for `coming`; exact without disposal visits, else left to the
    // exact pricing of the chosen candidate.
    private double LoadPenaltyDelta(SearchRoute route, int leaving, int coming)
    {
        var data = _state.Data;
        if (data.HasDisposal)
        {
            return 0;
        }

        var dims = data.Dimensions;
        var capacity = data.VehicleTypes[route.Type].Capacity;
        var last = (route.Count + 1) * dims;
        var delta = 0.0;
        for (var d = 0; d < dims; d++)
        {
            var load = route.Prefix[last + d].Head - data.Demand[leaving * dims + d] + data.Demand[coming * dims + d];
            delta += _state.Weights.Load[d] * (Math.Max(0, load - capacity[d]) - route.Excess[d]);
        }

        return delta;
    }

    // Cheapest insertion of `node` into `route` once the client at position p has left: in its place, or at one of the
    // three cached best places not next to it.
    private (long Cost, int After) CheapestInPlaceOf(SearchRoute route, int p, int node, in ThreeBest best)
    {
        var data = _state.Data;
        var previous = route.Nodes[p - 1];
        var next = route.Nodes[p + 1];
        var cost = (long)data.Dist(previous, node) + data.Dist(node, next) - data.Dist(previous, next);
        var after = p - 1;
        for (var k = 0; k < 3; k++)
        {
            var place = best.Place(k);
            if (place >= 0 && place != p && place != p - 1 && best.Cost(k) < cost)
            {
                return (best.Cost(k), place);
            }
        }

        return (cost, after);
    }

    private ref readonly ThreeBest Best(int r, int node)
    {
        var index = r * _state.Data.NodeCount + node;
        var route = _state.Routes[r];
        if (_stamp[index] > route.LastModified && _stamp[index] >= 0)
        {
            return ref _best[index];
        }

        var data = _state.Data;
        var best = new ThreeBest();
        best.Clear();
        for (var p = 0; p <= route.Count; p++)
        {
            var a = route.Nodes[p];
            var b = route.Nodes[p + 1];
            best.Offer((long)data.Dist(a, node) + data.Dist(node, b) - data.Dist(a, b), p);
        }

        _best[index] = best;
        _stamp[index] = _state.Step + 1;
        return ref _best[index];
    }

    /// <summary>The three cheapest insertion places found, cheapest first.</summary>
    private struct ThreeBest
    {
        private long _cost0, _cost1, _cost2;
        private int _place0, _place1, _place2;

        public void Clear()
        {
            (_cost0, _cost1, _cost2) = (long.MaxValue, long.MaxValue, long.MaxValue);
            (_place0, _place1, _place2) = (-1, -1, -1);
        }

        public void Offer(long cost, int place)
        {
            if (cost >= _cost2)
            {
                return;
            }

            if (cost >= _cost1)
            {
                (_cost2, _place2) = (cost, place);
            }
            else if (cost >= _cost0)
            {
                (_cost2, _place2, _cost1, _place1) = (_cost1, _place1, cost, place);
            }
            else
            {
                (_cost2, _place2, _cost1, _place1, _cost0, _place0) = (_cost1, _place1, _cost0, _place0, cost, place);
            }
        }

        public readonly long Cost(int k) => k == 0 ? _cost0 : k == 1 ? _cost1 : _cost2;

        public readonly int Place(int k) => k == 0 ? _place0 : k == 1 ? _place1 : _place2;
    }
}
