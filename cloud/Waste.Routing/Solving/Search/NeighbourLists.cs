namespace Waste.Routing.Solving.Search;

/// <summary>
/// The granular neighbourhood: for each client, the clients close to it (by distance, plus the waiting and lateness a
/// visit of one after the other would cause, as in Vidal's HGS-TW), made symmetric. Local search only tries moves that
/// create an edge between neighbours. Disposal visits are close to clients, never to each other.
/// </summary>
internal static class NeighbourLists
{
    /// <summary>The <paramref name="size"/> nearest clients of each node (depots get none).</summary>
    public static int[][] Build(ProblemData data, int size)
    {
        var sets = new SortedSet<int>[data.NodeCount];
        for (var i = 0; i < data.NodeCount; i++)
        {
            sets[i] = [];
        }

        var candidates = new List<(double Proximity, int Node)>();
        for (var i = data.DepotCount; i < data.NodeCount; i++)
        {
            // A break has no place to be near: PlaceBreak moves it instead.
            if (data.IsBreak[i])
            {
                continue;
            }

            candidates.Clear();
            for (var j = data.DepotCount; j < data.NodeCount; j++)
            {
                if (j != i && !data.IsDisposal[j] && !data.IsBreak[j])
                {
                    candidates.Add((Proximity(data, i, j), j));
                }
            }

            candidates.Sort();
            foreach (var (_, j) in candidates.Take(size))
            {
                sets[i].Add(j);
                sets[j].Add(i);
            }
        }

        return sets.Select(s => s.ToArray()).ToArray();
    }

    private static double Proximity(ProblemData data, int i, int j)
    {
        double proximity = data.Dist(i, j);
        if (data.HasTimeConstraints)
        {
            var arrival = data.Earliest[i] + data.ServiceTime[i] + data.Time(i, j);
            proximity += 0.2 * Math.Max(0, data.Earliest[j] - (data.Latest[i] + data.ServiceTime[i] + data.Time(i, j)))
                + Math.Max(0, arrival - data.Latest[j]);
        }

        return proximity - (data.Required[j] ? 0 : data.Prize[j]);
    }
}
