namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// A giant tour for the first population that already keeps neighbours together: from a random client, always on to
/// the nearest client not yet in the tour (among its nearest few; the nearest of all when those are taken). Split cuts
/// it into routes that the local search only has to polish. Random tours, HGS-CVRP's start, cost the local search
/// thousands of moves per solution on a thousand stops; this gives the same search a few hundred.
/// </summary>
internal sealed class NearestNeighbourTour
{
    private const int Candidates = 10;
    private readonly ProblemData _data;
    private readonly int[] _clients;
    private readonly int[][] _nearest;
    private readonly bool[] _taken;

    /// <summary>Prepares the tours of <paramref name="data"/>'s required and optional clients (not disposal visits nor breaks).</summary>
    public NearestNeighbourTour(ProblemData data)
    {
        _data = data;
        _clients = Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => !data.IsDisposal[c] && !data.IsBreak[c]).ToArray();
        _nearest = new int[data.NodeCount][];
        foreach (var c in _clients)
        {
            _nearest[c] = Nearest(c);
        }

        _taken = new bool[data.NodeCount];
    }

    /// <summary>A tour of the required clients and, with even chance each, of the optional ones.</summary>
    public int[] Create(SeededRandom random)
    {
        var chosen = _clients.Where(c => _data.Required[c] || random.Next(2) == 0).ToArray();
        if (chosen.Length == 0)
        {
            return chosen;
        }

        Array.Clear(_taken);
        foreach (var c in _clients)
        {
            _taken[c] = true;
        }

        foreach (var c in chosen)
        {
            _taken[c] = false;
        }

        var tour = new int[chosen.Length];
        var current = chosen[random.Next(chosen.Length)];
        for (var k = 0; k < tour.Length; k++)
        {
            tour[k] = current;
            _taken[current] = true;
            if (k + 1 < tour.Length)
            {
                current = Next(current, chosen);
            }
        }

        return tour;
    }

    // The few clients nearest to c, nearest first (a partial insertion sort: n x Candidates, not n log n, per client).
    private int[] Nearest(int c)
    {
        var nearest = new List<int>(Candidates + 1);
        foreach (var other in _clients)
        {
            if (other == c || (nearest.Count == Candidates && _data.Dist(c, other) >= _data.Dist(c, nearest[^1])))
            {
                continue;
            }

            var place = nearest.Count;
            while (place > 0 && _data.Dist(c, nearest[place - 1]) > _data.Dist(c, other))
            {
                place--;
            }

            nearest.Insert(place, other);
            if (nearest.Count > Candidates)
            {
                nearest.RemoveAt(Candidates);
            }
        }

        return nearest.ToArray();
    }

    private int Next(int from, int[] chosen)
    {
        foreach (var c in _nearest[from])
        {
            if (!_taken[c])
            {
                return c;
            }
        }

        var best = -1;
        foreach (var c in chosen)
        {
            if (!_taken[c] && (best < 0 || _data.Dist(from, c) < _data.Dist(from, best)))
            {
                best = c;
            }
        }

        return best;
    }
}
