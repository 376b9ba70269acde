namespace Waste.Routing.Solving.Search;

/// <summary>Moves client U to just after V, in its own route or another.</summary>
internal sealed class Relocate(SearchState state) : Exchange(state, 1, 0);
