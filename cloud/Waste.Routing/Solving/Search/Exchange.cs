namespace Waste.Routing.Solving.Search;

/// <summary>
/// The (N, M)-exchange family (PyVRP's <c>Exchange</c>): moves the N consecutive clients starting at U after V when M
/// is 0, or swaps them with the M consecutive clients starting at V. Relocate, or-opt and swap are its members.
/// </summary>
internal class Exchange(SearchState state, int segmentU, int segmentV) : NodeOperator(state)
{
    /// <summary>Length of the segment starting at U.</summary>
    public int SegmentU { get; } = segmentU;

    /// <summary>Length of the segment starting at V (0: insert after V).</summary>
    public int SegmentV { get; } = segmentV;

    /// <inheritdoc />
    public override bool Propose(int u, int routeV, int positionV, Proposal proposal)
    {
        var ru = State.RouteOf[u];
        var pu = State.PositionOf[u];
        var routeU = State.Routes[ru];
        var route = State.Routes[routeV];
        var n = SegmentU;
        var m = SegmentV;
        if (pu + n - 1 > routeU.Count || (m > 0 && (positionV < 1 || positionV + m - 1 > route.Count)))
        {
            return false;
        }

        return ru != routeV ? Between(ru, pu, routeV, positionV, proposal) : Within(ru, pu, positionV, proposal);
    }

    private bool Between(int ru, int pu, int rv, int pv, Proposal proposal)
    {
        var nU = State.Routes[ru].Count;
        var nV = State.Routes[rv].Count;
        var n = SegmentU;
        var m = SegmentV;
        proposal.Start(ru, rv);
        proposal.AddA(Piece.Range(ru, 1, pu - 1));
        if (m == 0)
        {
            proposal.AddA(Piece.Range(ru, pu + n, nU));
            proposal.AddB(Piece.Range(rv, 1, pv));
            proposal.AddB(Piece.Range(ru, pu, pu + n - 1));
            proposal.AddB(Piece.Range(rv, pv + 1, nV));
            return true;
        }

        proposal.AddA(Piece.Range(rv, pv, pv + m - 1));
        proposal.AddA(Piece.Range(ru, pu + n, nU));
        proposal.AddB(Piece.Range(rv, 1, pv - 1));
        proposal.AddB(Piece.Range(ru, pu, pu + n - 1));
        proposal.AddB(Piece.Range(rv, pv + m, nV));
        return true;
    }

    private bool Within(int r, int pu, int pv, Proposal proposal)
    {
        var count = State.Routes[r].Count;
        var n = SegmentU;
        var m = SegmentV;
        proposal.Start(r, r);
        if (m == 0)
        {
            if (pv >= pu - 1 && pv <= pu + n - 1)
            {
                return false;
            }

            if (pv < pu)
            {
                proposal.AddA(Piece.Range(r, 1, pv));
                proposal.AddA(Piece.Range(r, pu, pu + n - 1));
                proposal.AddA(Piece.Range(r, pv + 1, pu - 1));
                proposal.AddA(Piece.Range(r, pu + n, count));
            }
            else
            {
                proposal.AddA(Piece.Range(r, 1, pu - 1));
                proposal.AddA(Piece.Range(r, pu + n, pv));
                proposal.AddA(Piece.Range(r, pu, pu + n - 1));
                proposal.AddA(Piece.Range(r, pv + 1, count));
            }

            return true;
        }

        var (low, lowLength, high, highLength) = pu < pv ? (pu, n, pv, m) : (pv, m, pu, n);
        if (low + lowLength > high)
        {
            return false;
        }

        proposal.AddA(Piece.Range(r, 1, low - 1));
        proposal.AddA(Piece.Range(r, high, high + highLength - 1));
        proposal.AddA(Piece.Range(r, low + lowLength, high - 1));
        proposal.AddA(Piece.Range(r, low, low + lowLength - 1));
        proposal.AddA(Piece.Range(r, high + highLength, count));
        return true;
    }
}
