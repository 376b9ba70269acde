namespace Waste.Routing.Solving.Search;

/// <summary>
/// An arc of directions around a depot on a circle of 65,536 steps (Vidal's HGS-CVRP): SWAP* only pairs routes whose
/// clients lie in overlapping directions, which prunes most route pairs at no loss.
/// </summary>
internal readonly record struct CircleSector(int Start, int End, bool IsEmpty)
{
    private const int Steps = 65536;

    /// <summary>The sector of <paramref name="clients"/> seen from a depot, given each node's direction from it;
    /// nodes flagged <paramref name="placeless"/> (breaks) have no direction and are skipped.</summary>
    public static CircleSector Of(ReadOnlySpan<int> clients, ReadOnlySpan<int> angleFromDepot, bool[] placeless)
    {
        var sector = new CircleSector(0, 0, true);
        foreach (var client in clients)
        {
            if (placeless[client])
            {
                continue;
            }

            var angle = angleFromDepot[client];
            sector = sector.IsEmpty ? new CircleSector(angle, angle, false) : sector.Extend(angle);
        }

        return sector;
    }

    /// <summary>The direction of every node from every depot, <c>[depot * NodeCount + node]</c>, computed once.</summary>
    public static int[] Angles(ProblemData data)
    {
        var angles = new int[data.DepotCount * data.NodeCount];
        for (var depot = 0; depot < data.DepotCount; depot++)
        {
            for (var node = 0; node < data.NodeCount; node++)
            {
                angles[depot * data.NodeCount + node] = Angle(data, depot, node);
            }
        }

        return angles;
    }

    /// <summary>Whether the two sectors share a direction.</summary>
    public static bool Overlap(CircleSector a, CircleSector b) =>
        !a.IsEmpty && !b.IsEmpty
        && (Mod(b.Start - a.Start) <= Mod(a.End - a.Start) || Mod(a.Start - b.Start) <= Mod(b.End - b.Start));

    private CircleSector Extend(int point)
    {
        if (Mod(point - Start) <= Mod(End - Start))
        {
            return this;
        }

        return Mod(point - End) <= Mod(Start - point) ? this with { End = point } : this with { Start = point };
    }

    private static int Angle(ProblemData data, int depot, int node)
    {
        var angle = Math.Atan2(data.Y[node] - data.Y[depot], data.X[node] - data.X[depot]);
        return Mod((int)(32768 * angle / Math.PI));
    }

    private static int Mod(int i) => ((i % Steps) + Steps) % Steps;
}
