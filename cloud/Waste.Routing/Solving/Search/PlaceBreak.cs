namespace Waste.Routing.Solving.Search;

/// <summary>
/// Puts a route's break where it costs least: moves the break a route holds to each other position of the route, or,
/// for a route without one, inserts an unvisited break at each position. A break has no place, so the granular
/// operators, which look for moves near a node, never move it; this does, route by route. First improvement.
/// </summary>
internal sealed class PlaceBreak(SearchState state)
{
    private const double Epsilon = 1e-6;
    private readonly Proposal _proposal = new();
    private int[] _breaks = [];

    /// <summary>Improves route <paramref name="r"/> by moving or inserting a break; true if a move was applied.</summary>
    public bool Improve(int r)
    {
        var data = state.Data;
        if (_breaks.Length == 0)
        {
            _breaks = Enumerable.Range(data.DepotCount, data.ClientCount).Where(n => data.IsBreak[n]).ToArray();
        }

        var route = state.Routes[r];
        if (route.IsEmpty)
        {
            return false;
        }

        for (var p = 1; p <= route.Count; p++)
        {
            if (data.IsBreak[route.Nodes[p]])
            {
                return Move(r, p);
            }
        }

        // Breaks of one kind are interchangeable: trying one of each (service, window, demands) is enough.
        var tried = new HashSet<(double, double, int, long, long, string)>();
        foreach (var node in _breaks)
        {
            if (!state.IsVisited(node) && tried.Add(InterchangeableNodes.Kind(data, node)) && Insert(r, node))
            {
                return true;
            }
        }

        return false;
    }

    private bool Move(int r, int p)
    {
        var count = state.Routes[r].Count;
        var node = state.Routes[r].Nodes[p];
        for (var after = 0; after <= count; after++)
        {
            if (after == p || after == p - 1)
            {
                continue;
            }

            _proposal.Start(r, -1);
            _proposal.AddMoved(r, count, p, node, after);

            if (TryApply())
            {
                return true;
            }
        }

        return false;
    }

    private bool Insert(int r, int node)
    {
        var count = state.Routes[r].Count;
        for (var after = 0; after <= count; after++)
        {
            _proposal.Start(r, -1);
            _proposal.AddA(Piece.Range(r, 1, after));
            _proposal.AddA(Piece.Single(node));
            _proposal.AddA(Piece.Range(r, after + 1, count));
            _proposal.PrizeDelta = -state.Data.Prize[node];
            if (TryApply())
            {
                return true;
            }
        }

        return false;
    }

    private bool TryApply()
    {
        if (state.Delta(_proposal) < -Epsilon)
        {
            state.Apply(_proposal);
            return true;
        }

        return false;
    }
}
