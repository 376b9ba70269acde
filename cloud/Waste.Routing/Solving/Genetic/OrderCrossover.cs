namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// Ordered crossover (OX) on giant tours: a random stretch of the first parent, then the second parent's clients in
/// its order from the end of that stretch on. Clients only one parent visits (optional ones) follow that parent.
/// </summary>
internal static class OrderCrossover
{
    /// <summary>The child's giant tour.</summary>
    public static int[] Cross(int[] first, int[] second, SeededRandom random, bool[] taken)
    {
        if (first.Length < 2)
        {
            return [.. first, .. second.Where(c => !first.Contains(c))];
        }

        var n = first.Length;
        var start = random.Next(n);
        var end = random.Next(n);
        while (end == start)
        {
            end = random.Next(n);
        }

        var child = new List<int>(Math.Max(n, second.Length));
        for (var i = start; ; i = (i + 1) % n)
        {
            child.Add(first[i]);
            taken[first[i]] = true;
            if (i == end)
            {
                break;
            }
        }

        // The second parent's clients in order, starting after the position the stretch ended at.
        var offset = second.Length == 0 ? 0 : (end + 1) % second.Length;
        for (var k = 0; k < second.Length; k++)
        {
            var client = second[(offset + k) % second.Length];
            if (!taken[client])
            {
                child.Add(client);
                taken[client] = true;
            }
        }

        foreach (var client in child)
        {
            taken[client] = false;
        }

        return child.ToArray();
    }
}
