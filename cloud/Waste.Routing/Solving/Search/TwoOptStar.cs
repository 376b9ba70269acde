namespace Waste.Routing.Solving.Search;

/// <summary>
/// 2-opt* between two routes: cuts both after U and after V and reconnects them crosswise. The straight variant swaps
/// the tails; the reversed one joins U's head to V's reversed head and U's reversed tail to V's tail (worth it only
/// when reversing a path keeps its cost, as on symmetric problems without time windows).
/// </summary>
internal sealed class TwoOptStar(SearchState state, bool reversed) : NodeOperator(state)
{
    /// <inheritdoc />
    public override bool Propose(int u, int routeV, int positionV, Proposal proposal)
    {
        var ru = State.RouteOf[u];
        if (ru == routeV)
        {
            return false;
        }

        var pu = State.PositionOf[u];
        var nU = State.Routes[ru].Count;
        var nV = State.Routes[routeV].Count;
        proposal.Start(ru, routeV);
        proposal.AddA(Piece.Range(ru, 1, pu));
        if (reversed)
        {
            proposal.AddA(Piece.Backwards(routeV, 1, positionV));
            proposal.AddB(Piece.Backwards(ru, pu + 1, nU));
            proposal.AddB(Piece.Range(routeV, positionV + 1, nV));
        }
        else
        {
            proposal.AddA(Piece.Range(routeV, positionV + 1, nV));
            proposal.AddB(Piece.Range(routeV, 1, positionV));
            proposal.AddB(Piece.Range(ru, pu + 1, nU));
        }

        return true;
    }
}
