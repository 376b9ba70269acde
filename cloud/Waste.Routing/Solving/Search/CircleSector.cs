namespace Waste.Routing.Solving.Search;

/// <summary>
/// An arc of directions around a depot on a circle of 65,536 steps (Vidal's HGS-CVRP): SWAP* only pairs routes whose
/// clients lie in overlapping directions, which prunes most route pairs at no loss.
/// </summary>
internal readonly record struct CircleSector(int Start, int End, bool IsEmpty)
{
    private const int Steps = 65536;

    /// <summary>The sector of <paramref name="clients"/> seen from <paramref name="depot"/>.</summary>
    public static CircleSector Of(ProblemData data, ReadOnlySpan<int> clients, int depot)
    {
        if (clients.IsEmpty)
        {
            return new CircleSector(0, 0, true);
        }

        var sector = new CircleSector(Angle(data, depot, clients[0]), Angle(data, depot, clients[0]), false);
        for (var i = 1; i < clients.Length; i++)
        {
            sector = sector.Extend(Angle(data, depot, clients[i]));
        }

        return sector;
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
