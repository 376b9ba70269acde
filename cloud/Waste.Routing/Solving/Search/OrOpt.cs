namespace Waste.Routing.Solving.Search;

/// <summary>Or-opt: moves the chain of <c>length</c> consecutive clients starting at U to just after V.</summary>
internal sealed class OrOpt(SearchState state, int length) : Exchange(state, length, 0);
