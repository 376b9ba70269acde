namespace Waste.Routing.Solving.Search;

/// <summary>
/// The load and duration segments of every stretch of one route, each in O(log n) merges: for every position p and
/// level k, the segment of positions p..p+2^k-1 (a sparse table). Load and duration segments concatenate associatively,
/// so a stretch is the merge of the power-of-two blocks its length is made of. The search uses it for pieces in the
/// middle of a route, which prefix and suffix data cannot give: without it, an intra-route move on a long route with
/// disposal trips or time windows costs a walk over the whole stretch it shifts.
/// </summary>
internal sealed class SegmentTable(ProblemData data)
{
    private LoadSegment[] _load = [];
    private DurationSegment[] _time = [];
    private int _stride;
    private int _levels;

    /// <summary>Rebuilds the table for the route's current clients (positions 1..Count).</summary>
    public void Build(SearchRoute route)
    {
        var count = route.Count;
        _levels = count == 0 ? 0 : 1 + System.Numerics.BitOperations.Log2((uint)count);
        _stride = count + 1;
        var dims = data.Dimensions;
        var withLoad = data.HasDisposal;
        var withTime = data.HasTimeConstraints;
        if (withLoad && _load.Length < _levels * _stride * dims)
        {
            _load = new LoadSegment[Math.Max(_levels * _stride * dims, _load.Length * 2)];
        }

        if (withTime && _time.Length < _levels * _stride)
        {
            _time = new DurationSegment[Math.Max(_levels * _stride, _time.Length * 2)];
        }

        var capacity = data.VehicleTypes[route.Type].Capacity;
        for (var p = 1; p <= count; p++)
        {
            var node = route.Nodes[p];
            for (var d = 0; withLoad && d < dims; d++)
            {
                _load[p * dims + d] = SearchRoute.NodeLoad(data, node, d);
            }

            if (withTime)
            {
                _time[p] = SearchRoute.NodeTime(data, node);
            }
        }

        for (var k = 1; k < _levels; k++)
        {
            var half = 1 << (k - 1);
            var row = k * _stride;
            var below = (k - 1) * _stride;
            for (var p = 1; p + (1 << k) - 1 <= count; p++)
            {
                for (var d = 0; withLoad && d < dims; d++)
                {
                    _load[(row + p) * dims + d] = LoadSegment.Merge(_load[(below + p) * dims + d], _load[(below + p + half) * dims + d], capacity[d]);
                }

                if (withTime)
                {
                    _time[row + p] = DurationSegment.Merge(_time[below + p], _time[below + p + half], Travel(route, p + half));
                }
            }
        }
    }

    /// <summary>The load segment of positions <paramref name="from"/>..<paramref name="to"/> in dimension <paramref name="d"/>.</summary>
    public LoadSegment Load(int from, int to, int d, int capacity)
    {
        var dims = data.Dimensions;
        var segment = default(LoadSegment);
        for (var p = from; p <= to;)
        {
            var k = System.Numerics.BitOperations.Log2((uint)(to - p + 1));
            segment = LoadSegment.Merge(segment, _load[(k * _stride + p) * dims + d], capacity);
            p += 1 << k;
        }

        return segment;
    }

    /// <summary>The duration segment of positions <paramref name="from"/>..<paramref name="to"/> of <paramref name="route"/>,
    /// travel between them included (the stretch must not start with a break, whose travel depends on what precedes it).</summary>
    public DurationSegment Time(SearchRoute route, int from, int to)
    {
        var k = System.Numerics.BitOperations.Log2((uint)(to - from + 1));
        var segment = _time[k * _stride + from];
        for (var p = from + (1 << k); p <= to;)
        {
            k = System.Numerics.BitOperations.Log2((uint)(to - p + 1));
            segment = DurationSegment.Merge(segment, _time[k * _stride + p], Travel(route, p));
            p += 1 << k;
        }

        return segment;
    }

    private long Travel(SearchRoute route, int intoPosition) =>
        data.Time(route.Location[intoPosition - 1], route.Location[intoPosition]);
}
