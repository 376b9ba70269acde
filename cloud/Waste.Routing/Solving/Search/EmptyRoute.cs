namespace Waste.Routing.Solving.Search;

/// <summary>
/// Keeps a vehicle at home: moves every client of one route to its cheapest place in the other routes (an optional client
/// is dropped instead where its prize is worth less), re-places the receiving routes' disposal visits, and keeps the
/// result only if the total cost fell; otherwise every route gets its clients back. The node operators cannot do this:
/// taking one client out of a short route saves about what putting it in a neighbouring route costs, and only the last
/// one saves the route's fixed cost and its legs to the depot and the disposal site. On a horizon of days (a truck
/// once a day) this is a truck staying home because its stops go on the day before or after.
/// </summary>
internal sealed class EmptyRoute(SearchState state, int[][] neighbours, Func<int, bool>? placeDisposal)
{
    private const double Epsilon = 1e-6;
    private readonly Proposal _proposal = new();
    private readonly Dictionary<int, int[]> _before = [];

    /// <summary>Empties route <paramref name="r"/> if that lowers the total cost; true if it did.</summary>
    public bool Improve(int r)
    {
        var route = state.Routes[r];
        if (route.IsEmpty)
        {
            return false;
        }

        var data = state.Data;
        var cost = state.Objective();
        _before.Clear();
        Remember(r);
        foreach (var u in route.Clients.ToArray())
        {
            if (data.IsDisposal[u] || data.IsBreak[u] || Move(r, u))
            {
                continue;
            }

            Undo();
            return false;
        }

        if (!Clear(r))
        {
            Undo();
            return false;
        }

        foreach (var receiving in _before.Keys.Where(k => k != r))
        {
            while (placeDisposal?.Invoke(receiving) == true)
            {
            }
        }

        if (state.Objective() < cost - Epsilon)
        {
            return true;
        }

        Undo();
        return false;
    }

    // Moves client u out of route r to its cheapest place next to one of its neighbours in another route, or drops it
    // if it is optional and that is cheaper; false if it has nowhere to go.
    private bool Move(int r, int u)
    {
        var positionU = state.PositionOf[u];
        var countR = state.Routes[r].Count;
        var (bestRoute, bestAfter, bestDelta) = (-1, -1, double.PositiveInfinity);
        foreach (var v in neighbours[u])
        {
            var rv = state.IsVisited(v) ? state.RouteOf[v] : -1;
            if (rv < 0 || rv == r)
            {
                continue;
            }

            foreach (var after in (ReadOnlySpan<int>)[state.PositionOf[v], state.PositionOf[v] - 1])
            {
                Describe(r, positionU, countR, u, rv, after);
                var delta = state.ExactDelta(_proposal);
                if (delta < bestDelta)
                {
                    (bestRoute, bestAfter, bestDelta) = (rv, after, delta);
                }
            }
        }

        if (!state.Data.Required[u])
        {
            Describe(r, positionU, countR, u, -1, -1);
            if (state.ExactDelta(_proposal) < bestDelta)
            {
                state.Apply(_proposal);
                return true;
            }
        }

        if (bestRoute < 0)
        {
            return false;
        }

        Remember(bestRoute);
        Describe(r, positionU, countR, u, bestRoute, bestAfter);
        state.Apply(_proposal);
        return true;
    }

    // Route r without u; and, unless rv is -1, route rv with u after position `after`.
    private void Describe(int r, int positionU, int countR, int u, int rv, int after)
    {
        _proposal.Start(r, rv);
        _proposal.AddA(Piece.Range(r, 1, positionU - 1));
        _proposal.AddA(Piece.Range(r, positionU + 1, countR));
        if (rv < 0)
        {
            _proposal.PrizeDelta = state.Data.Prize[u];
            return;
        }

        _proposal.AddB(Piece.Range(rv, 1, after));
        _proposal.AddB(Piece.Single(u));
        _proposal.AddB(Piece.Range(rv, after + 1, state.Routes[rv].Count));
    }

    // Takes the breaks and disposal visits left in route r out of it; false if one of them must be visited.
    private bool Clear(int r)
    {
        var prizes = 0.0;
        foreach (var node in state.Routes[r].Clients)
        {
            if (state.Data.Required[node])
            {
                return false;
            }

            prizes += state.Data.Prize[node];
        }

        _proposal.Start(r, -1);
        _proposal.PrizeDelta = prizes;
        state.Apply(_proposal);
        return true;
    }

    private void Remember(int r) => _before.TryAdd(r, state.Routes[r].Clients.ToArray());

    private void Undo()
    {
        foreach (var (r, clients) in _before)
        {
            state.Restore(r, clients);
        }
    }
}
