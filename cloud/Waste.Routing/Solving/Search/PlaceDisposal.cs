namespace Waste.Routing.Solving.Search;

/// <summary>
/// Puts a route's disposal visits where they cost least. The granular operators move a disposal visit only next to the
/// clients nearest its site, but a truck unloads best wherever its trip fills up, often far from every site. Route by
/// route, this prices a new disposal visit (of each site) at every position, and each visit the route holds taken out,
/// or moved to every position and site; it applies the best change if it improves. Pricing is O(log n) per place
/// (prefix, suffix and segment tables), so a call costs O(sites x n log n) per visit.
/// </summary>
internal sealed class PlaceDisposal
{
    private const double Epsilon = 1e-6;
    private readonly SearchState _state;
    private readonly Proposal _proposal = new();
    private readonly int[][] _sites;
    private readonly int[] _siteOf;
    private readonly int[] _free;

    /// <summary>Groups the problem's disposal visits by site (copies of one site are interchangeable).</summary>
    public PlaceDisposal(SearchState state)
    {
        _state = state;
        var data = state.Data;
        _siteOf = new int[data.NodeCount];
        Array.Fill(_siteOf, -1);
        _sites = Enumerable.Range(data.DepotCount, data.ClientCount)
            .Where(n => data.IsDisposal[n])
            .GroupBy(n => InterchangeableNodes.Kind(data, n))
            .Select(g => g.ToArray())
            .ToArray();
        _free = new int[_sites.Length];
        for (var s = 0; s < _sites.Length; s++)
        {
            foreach (var node in _sites[s])
            {
                _siteOf[node] = s;
            }
        }
    }

    /// <summary>Applies the best improving placement of a disposal visit in route <paramref name="r"/>; true if one was applied.</summary>
    public bool Improve(int r)
    {
        var route = _state.Routes[r];
        if (route.IsEmpty)
        {
            return false;
        }

        var best = new Best(-Epsilon);
        var free = _free;
        for (var s = 0; s < _sites.Length; s++)
        {
            free[s] = FreeCopy(s);
            if (free[s] >= 0)
            {
                for (var after = 0; after <= route.Count; after++)
                {
                    Consider(ref best, r, -1, free[s], after);
                }
            }
        }

        for (var p = 1; p <= route.Count; p++)
        {
            var node = route.Nodes[p];
            if (!_state.Data.IsDisposal[node])
            {
                continue;
            }

            Consider(ref best, r, p, -1, -1);
            for (var s = 0; s < _sites.Length; s++)
            {
                var moved = s == _siteOf[node] ? node : free[s];
                for (var after = 0; moved >= 0 && after <= route.Count; after++)
                {
                    if (after != p && (after != p - 1 || moved != node))
                    {
                        Consider(ref best, r, p, moved, after);
                    }
                }
            }
        }

        if (best.Delta >= -Epsilon)
        {
            return false;
        }

        Describe(r, best.Removed, best.Inserted, best.After);
        _state.Apply(_proposal);
        return true;
    }

    private void Consider(ref Best best, int r, int removed, int inserted, int after)
    {
        Describe(r, removed, inserted, after);
        var delta = _state.Delta(_proposal);
        if (delta < best.Delta)
        {
            best = new Best(delta, removed, inserted, after);
        }
    }

    // Route r without the visit at position `removed` (none if -1), with `inserted` (none if -1) after position `after`.
    private void Describe(int r, int removed, int inserted, int after)
    {
        var count = _state.Routes[r].Count;
        _proposal.Start(r, -1);
        var data = _state.Data;
        var cut = removed < 0 ? count + 1 : removed;
        if (inserted < 0)
        {
            _proposal.AddA(Piece.Range(r, 1, cut - 1));
            _proposal.AddA(Piece.Range(r, cut + 1, count));
            _proposal.PrizeDelta = data.Prize[_state.Routes[r].Nodes[removed]];
            return;
        }

        _proposal.AddMoved(r, count, cut, inserted, after);

        var removedNode = removed < 0 ? -1 : _state.Routes[r].Nodes[removed];
        if (removedNode != inserted)
        {
            _proposal.PrizeDelta = (removedNode < 0 ? 0 : data.Prize[removedNode]) - data.Prize[inserted];
        }
    }

    private int FreeCopy(int site)
    {
        foreach (var node in _sites[site])
        {
            if (!_state.IsVisited(node))
            {
                return node;
            }
        }

        return -1;
    }

    private readonly record struct Best(double Delta, int Removed = -1, int Inserted = -1, int After = -1);
}
