namespace Waste.Routing.Solving.Search;

/// <summary>
/// Swaps the chain of <c>lengthU</c> clients starting at U with the chain of <c>lengthV</c> clients starting at V
/// (1-1 is the classic swap; 2-1 and 2-2 are the chain swaps of HGS-CVRP).
/// </summary>
internal sealed class Swap(SearchState state, int lengthU, int lengthV) : Exchange(state, lengthU, lengthV);
