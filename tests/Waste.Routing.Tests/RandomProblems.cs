using Waste.Routing.Solving;

namespace Waste.Routing.Tests;

/// <summary>Small random problems with every feature switched on, for property tests of the search's bookkeeping.</summary>
internal static class RandomProblems
{
    /// <summary>A problem with two depots, two load dimensions (one emptied at disposal), time windows, optional
    /// clients, disposal visits and two vehicle types; or the plain CVRP shape when <paramref name="rich"/> is false.</summary>
    public static ProblemData Create(int seed, int clients = 12, bool rich = true)
    {
        var random = new Random(seed);
        var depots = rich ? 2 : 1;
        var n = depots + clients;
        var x = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100).ToArray();
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = (int)(Math.Sqrt(Math.Pow(x[i] - x[j], 2) + Math.Pow(y[i] - y[j], 2)) + 0.5) + (rich && i < j ? random.Next(3) : 0);
            }
        }

        var dims = rich ? 2 : 1;
        var demand = new int[n * dims];
        var disposal = new bool[n];
        var earliest = new long[n];
        var latest = Enumerable.Repeat(ProblemData.NoLimit, n).ToArray();
        var service = new int[n];
        var required = Enumerable.Repeat(true, n).ToArray();
        var prize = new double[n];
        for (var i = depots; i < n; i++)
        {
            disposal[i] = rich && i >= n - 2;
            for (var d = 0; d < dims; d++)
            {
                demand[i * dims + d] = disposal[i] ? 0 : random.Next(1, 10);
            }

            if (rich && !disposal[i])
            {
                earliest[i] = random.Next(0, 200);
                latest[i] = earliest[i] + random.Next(20, 200);
                service[i] = random.Next(0, 10);
                required[i] = random.Next(3) > 0;
                prize[i] = required[i] ? 0 : random.Next(10, 80);
            }

            if (disposal[i])
            {
                required[i] = false;
            }
        }

        VehicleType[] types = rich
            ? [
                new VehicleType { Count = 2, Capacity = [15, 20], StartDepot = 0, EndDepot = 1, ShiftEnd = 600, MaxDuration = 500, FixedCost = 10 },
                new VehicleType { Count = 2, Capacity = [25, 12], StartDepot = 1, EndDepot = 1, ShiftStart = 10, UnitDistanceCost = 1.5, InitialLoad = [4, 0] },
            ]
            : [new VehicleType { Count = 4, Capacity = [20] }];
        return new ProblemData(depots, x, y, distance, null, dims, demand, Enumerable.Range(0, dims).Select(d => d == 0).ToArray(),
            disposal, service, earliest, latest, required, prize, types);
    }

    /// <summary>Random routes over the problem's vehicles: every required client, each optional one with even chance.</summary>
    /// <summary>
    /// A waste round: the rich problem plus two crew breaks (window 100-150, 30 long) that the first vehicle type owes
    /// one of (dimension 2, capacity 0, starting at 1; a break pays -1), a daily volume limit across trips (dimension 3,
    /// never emptied) and routes of the first type that must end empty. The break nodes' matrix rows and columns hold a
    /// huge distance that a correct pricing never reads (a break is taken where the vehicle stands).
    /// </summary>
    public static ProblemData Waste(int seed, int clients = 12)
    {
        var rich = Create(seed, clients);
        var n = rich.NodeCount + 2;
        var old = rich.NodeCount;
        const int Huge = 1_000_000;
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = i < old && j < old ? rich.Dist(i, j) : i == j ? 0 : Huge;
            }
        }

        const int dims = 4;
        var demand = new int[n * dims];
        for (var i = 0; i < old; i++)
        {
            demand[i * dims] = rich.Demand[i * 2];
            demand[i * dims + 1] = rich.Demand[i * 2 + 1];
            demand[i * dims + 3] = rich.Demand[i * 2];
        }

        demand[old * dims + 2] = -1;
        demand[(old + 1) * dims + 2] = -1;
        static T[] Grow<T>(T[] a, T extra) => [.. a, extra, extra];
        var types = rich.VehicleTypes.Select((t, k) => t with
        {
            Capacity = [t.Capacity[0], t.Capacity[1], 0, 30],
            InitialLoad = [t.InitialLoad?[0] ?? 0, t.InitialLoad?[1] ?? 0, k == 0 ? 1 : 0, t.InitialLoad?[0] ?? 0],
            EndsEmpty = k == 0,
        }).ToArray();
        var earliest = Grow(rich.Earliest, 100L);
        var latest = Grow(rich.Latest, 150L);
        var service = Grow(rich.ServiceTime, 30);
        return new ProblemData(rich.DepotCount, Grow(rich.X, 0.0), Grow(rich.Y, 0.0), distance, null, dims, demand,
            [true, true, false, false], Grow(rich.IsDisposal, false), service, earliest, latest, Grow(rich.Required, false),
            Grow(rich.Prize, 0.0), types, [.. new bool[old], true, true]);
    }

    public static int[][] RandomRoutes(ProblemData data, int seed)
    {
        var random = new Random(seed);
        var routes = Enumerable.Range(0, data.VehicleCount).Select(_ => new List<int>()).ToArray();
        for (var c = data.DepotCount; c < data.NodeCount; c++)
        {
            if (data.Required[c] || random.Next(2) == 0)
            {
                routes[random.Next(routes.Length)].Add(c);
            }
        }

        return routes.Select(r => r.OrderBy(_ => random.Next()).ToArray()).ToArray();
    }
}
