namespace Waste.Routing.Solving.Search;

/// <summary>Puts an optional client (or a disposal visit) that no route holds just after V, winning its prize.</summary>
internal sealed class InsertStop(SearchState state) : NodeOperator(state)
{
    /// <inheritdoc />
    public override bool Propose(int u, int routeV, int positionV, Proposal proposal)
    {
        if (State.IsVisited(u))
        {
            return false;
        }

        proposal.Start(routeV, -1);
        proposal.AddA(Piece.Range(routeV, 1, positionV));
        proposal.AddA(Piece.Single(u));
        proposal.AddA(Piece.Range(routeV, positionV + 1, State.Routes[routeV].Count));
        proposal.PrizeDelta = -State.Data.Prize[u];
        return true;
    }
}
