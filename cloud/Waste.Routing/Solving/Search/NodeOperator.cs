namespace Waste.Routing.Solving.Search;

/// <summary>
/// A local-search move around a client <c>U</c> and a place <c>V</c> (a route and a position in it; position 0 is the
/// start depot). It only describes the routes the move would produce; <see cref="SearchState"/> prices and applies them.
/// </summary>
internal abstract class NodeOperator(SearchState state)
{
    /// <summary>The solution the operator works on.</summary>
    protected SearchState State { get; } = state;

    /// <summary>
    /// Fills <paramref name="proposal"/> with the move for client <paramref name="u"/> and position
    /// <paramref name="positionV"/> of route <paramref name="routeV"/>; false when the move does not apply there.
    /// </summary>
    public abstract bool Propose(int u, int routeV, int positionV, Proposal proposal);
}
