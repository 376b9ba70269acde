namespace Waste.Routing.Solving.Search;

/// <summary>
/// A move as the new content of the one or two routes it changes, each listed as pieces of the current routes, plus the
/// change in uncollected prizes. Operators fill one, <see cref="SearchState"/> prices and applies it. Reused, so the
/// search allocates nothing per move.
/// </summary>
internal sealed class Proposal
{
    private const int MaxPieces = 6;

    /// <summary>The first changed route.</summary>
    public int RouteA { get; private set; }

    /// <summary>The second changed route, or -1.</summary>
    public int RouteB { get; private set; }

    /// <summary>Pieces of route A's new content.</summary>
    public Piece[] A { get; } = new Piece[MaxPieces];

    /// <summary>Pieces of route B's new content.</summary>
    public Piece[] B { get; } = new Piece[MaxPieces];

    /// <summary>How many pieces of <see cref="A"/> are used.</summary>
    public int CountA { get; private set; }

    /// <summary>How many pieces of <see cref="B"/> are used.</summary>
    public int CountB { get; private set; }

    /// <summary>Prizes lost (positive) or won (negative) by the move.</summary>
    public double PrizeDelta { get; set; }

    /// <summary>Starts a proposal that changes <paramref name="routeA"/> and, unless -1 or equal, <paramref name="routeB"/>.</summary>
    public void Start(int routeA, int routeB)
    {
        RouteA = routeA;
        RouteB = routeB == routeA ? -1 : routeB;
        CountA = 0;
        CountB = 0;
        PrizeDelta = 0;
    }

    /// <summary>Appends a piece to route A's new content (empty pieces are dropped).</summary>
    public void AddA(Piece piece)
    {
        if (!piece.IsEmpty)
        {
            A[CountA++] = piece;
        }
    }

    /// <summary>Route <paramref name="route"/> (A or B) of <paramref name="count"/> visits with the visit at
    /// <paramref name="from"/> taken out (none when past the end) and <paramref name="node"/> placed after position
    /// <paramref name="after"/>: one visit moved, added or swapped for another.</summary>
    public void AddMoved(int route, int count, int from, int node, int after)
    {
        var toA = route == RouteA;
        void Add(Piece piece)
        {
            if (toA)
            {
                AddA(piece);
            }
            else
            {
                AddB(piece);
            }
        }

        if (after < from)
        {
            Add(Piece.Range(route, 1, after));
            Add(Piece.Single(node));
            Add(Piece.Range(route, after + 1, from - 1));
            Add(Piece.Range(route, from + 1, count));
        }
        else
        {
            Add(Piece.Range(route, 1, from - 1));
            Add(Piece.Range(route, from + 1, after));
            Add(Piece.Single(node));
            Add(Piece.Range(route, after + 1, count));
        }
    }

    /// <summary>Appends a piece to route B's new content (empty pieces are dropped).</summary>
    public void AddB(Piece piece)
    {
        if (!piece.IsEmpty)
        {
            B[CountB++] = piece;
        }
    }
}
