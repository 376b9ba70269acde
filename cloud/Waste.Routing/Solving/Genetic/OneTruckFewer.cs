namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// A warm start with one truck fewer: the start's routes with its shortest one emptied, whose clients
/// <see cref="CheapestInsertion"/> then places beside the others' before education. Local search moves stops between
/// routes but seldom empties a route of twenty stops, so a morning plan made with a truck too many kept it for weeks
/// (Thủ Dầu Một's daily round: 9-10 routes for three weeks where 60 s of search finds 8). Educated beside the start
/// itself, the search keeps whichever costs less, and a fleet larger than the day needs gives up a truck a morning.
/// </summary>
public static class OneTruckFewer
{
    /// <summary><paramref name="start"/> (one client list per vehicle) with its route of fewest clients emptied; null
    /// when it has fewer than two routes.</summary>
    public static int[][]? Of(IReadOnlyList<int[]> start)
    {
        var used = Enumerable.Range(0, start.Count).Where(v => start[v].Length > 0).ToList();
        if (used.Count < 2)
        {
            return null;
        }

        var shortest = used.MinBy(v => start[v].Length);
        return [.. start.Select((route, v) => v == shortest ? [] : route)];
    }
}
