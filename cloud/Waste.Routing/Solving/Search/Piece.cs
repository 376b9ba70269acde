namespace Waste.Routing.Solving.Search;

/// <summary>
/// A piece of a proposed route: positions <see cref="From"/>..<see cref="To"/> of an existing route (forwards or
/// reversed), or one node that is in no route yet. A move is described as the pieces its new routes are made of.
/// </summary>
internal readonly record struct Piece(int Route, int From, int To, bool Reversed)
{
    /// <summary>Positions <paramref name="from"/>..<paramref name="to"/> of route <paramref name="route"/>, in order.</summary>
    public static Piece Range(int route, int from, int to) => new(route, from, to, false);

    /// <summary>Positions <paramref name="from"/>..<paramref name="to"/> of route <paramref name="route"/>, back to front.</summary>
    public static Piece Backwards(int route, int from, int to) => new(route, from, to, true);

    /// <summary>A node that no route holds yet.</summary>
    public static Piece Single(int node) => new(-1, node, node, false);

    /// <summary>Whether this piece is a free node rather than a stretch of a route.</summary>
    public bool IsSingle => Route < 0;

    /// <summary>Whether the piece holds no node.</summary>
    public bool IsEmpty => To < From;

    /// <summary>Number of nodes in the piece.</summary>
    public int Length => IsEmpty ? 0 : To - From + 1;
}
