namespace Waste.Routing.Solving.Search;

/// <summary>Takes an optional client (or a disposal visit) out of its route, losing its prize.</summary>
internal sealed class RemoveStop(SearchState state)
{
    /// <summary>Fills <paramref name="proposal"/> with the removal of <paramref name="u"/>; false if it must stay.</summary>
    public bool Propose(int u, Proposal proposal)
    {
        if (!State.IsVisited(u) || State.Data.Required[u])
        {
            return false;
        }

        var r = State.RouteOf[u];
        var pu = State.PositionOf[u];
        proposal.Start(r, -1);
        proposal.AddA(Piece.Range(r, 1, pu - 1));
        proposal.AddA(Piece.Range(r, pu + 1, State.Routes[r].Count));
        proposal.PrizeDelta = State.Data.Prize[u];
        return true;
    }

    private SearchState State { get; } = state;
}
