namespace Waste.Routing.Solving.Search;

/// <summary>2-opt within one route: reverses the path between U and V, replacing edges (U, U+1) and (V, V+1).</summary>
internal sealed class TwoOpt(SearchState state) : NodeOperator(state)
{
    /// <inheritdoc />
    public override bool Propose(int u, int routeV, int positionV, Proposal proposal)
    {
        var r = State.RouteOf[u];
        if (r != routeV)
        {
            return false;
        }

        var pu = State.PositionOf[u];
        var low = Math.Min(pu, positionV);
        var high = Math.Max(pu, positionV);
        if (high - low < 2)
        {
            return false;
        }

        proposal.Start(r, r);
        proposal.AddA(Piece.Range(r, 1, low));
        proposal.AddA(Piece.Backwards(r, low + 1, high));
        proposal.AddA(Piece.Range(r, high + 1, State.Routes[r].Count));
        return true;
    }
}
