namespace Waste.Routing.Solving.Search;

/// <summary>
/// Tells apart the kinds of optional nodes that stand for one thing several times: the copies of a disposal site (one
/// per trip allowed) and the breaks of one kind. Nodes of a kind have the same place, window, service and demands, so
/// trying one of each kind is enough.
/// </summary>
internal static class InterchangeableNodes
{
    /// <summary>A key equal for <paramref name="node"/> and every node interchangeable with it (a break has no place).</summary>
    public static (double X, double Y, int Service, long Earliest, long Latest, string Demand) Kind(ProblemData data, int node) =>
        (data.IsBreak[node] ? 0 : data.X[node],
         data.IsBreak[node] ? 0 : data.Y[node],
         data.ServiceTime[node],
         data.Earliest[node],
         data.Latest[node],
         string.Join(',', data.Demand.AsSpan(node * data.Dimensions, data.Dimensions).ToArray()));
}
