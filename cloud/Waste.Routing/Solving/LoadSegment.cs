namespace Waste.Routing.Solving;

/// <summary>
/// The load of a stretch of route in one dimension, in a form that concatenates in constant time even when the stretch
/// contains disposal visits (which empty the vehicle): the load before the first disposal visit, the load after the
/// last one, and the excess already counted for the trips closed inside the stretch.
/// </summary>
public readonly record struct LoadSegment(int Head, int Tail, long Excess, bool HasDisposal)
{
    /// <summary>The segment of a single client with demand <paramref name="demand"/>.</summary>
    public static LoadSegment ForClient(int demand) => new(demand, 0, 0, false);

    /// <summary>The segment of a disposal visit: it empties the vehicle.</summary>
    public static LoadSegment Disposal => new(0, 0, 0, true);

    /// <summary>The concatenation of <paramref name="a"/> then <paramref name="b"/> on a vehicle of <paramref name="capacity"/>.</summary>
    public static LoadSegment Merge(in LoadSegment a, in LoadSegment b, int capacity)
    {
        if (!a.HasDisposal)
        {
            return b.HasDisposal
                ? new LoadSegment(a.Head + b.Head, b.Tail, b.Excess, true)
                : new LoadSegment(a.Head + b.Head, 0, 0, false);
        }

        if (!b.HasDisposal)
        {
            return new LoadSegment(a.Head, a.Tail + b.Head, a.Excess, true);
        }

        // The trip between a's last and b's first disposal visit closes here.
        var closed = Math.Max(0L, (long)a.Tail + b.Head - capacity);
        return new LoadSegment(a.Head, b.Tail, a.Excess + b.Excess + closed, true);
    }

    /// <summary>The load above <paramref name="capacity"/>, summed over the segment's trips, as a whole route; when the
    /// route must end empty, the whole load of its last trip (not unloaded before the end) counts as well.</summary>
    public long ExcessLoad(int capacity, bool endsEmpty = false)
    {
        if (!HasDisposal)
        {
            return endsEmpty ? Math.Max(0, Head) + Math.Max(0, Head - capacity) : Math.Max(0, Head - capacity);
        }

        var excess = Excess + Math.Max(0, Head - capacity) + Math.Max(0, Tail - capacity);
        return endsEmpty ? excess + Math.Max(0, Tail) : excess;
    }

    /// <summary>Whether a route of <paramref name="type"/> must end empty in <paramref name="dimension"/>.</summary>
    public static bool EndsEmpty(ProblemData data, int type, int dimension) =>
        data.VehicleTypes[type].EndsEmpty && data.DimensionEmptiesAtDisposal[dimension];
}
