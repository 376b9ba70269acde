namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// One solution in the population: a client list per vehicle, its cost parts (so it can be re-priced when penalty
/// weights change), each client's neighbours in the solution (for the broken-pairs distance) and its giant tour.
/// </summary>
internal sealed class Individual
{
    private const int Depot = -1;
    private const int Unvisited = -2;

    /// <summary>Evaluates <paramref name="routes"/> (one per vehicle, in the problem's vehicle order).</summary>
    public Individual(ProblemData data, int[] vehicleTypeOf, int[][] routes)
    {
        Routes = routes;
        Excess = new long[data.Dimensions];
        Successor = new int[data.NodeCount];
        Predecessor = new int[data.NodeCount];
        Array.Fill(Successor, Unvisited);
        Array.Fill(Predecessor, Unvisited);
        for (var r = 0; r < routes.Length; r++)
        {
            var evaluation = RouteEvaluation.Of(data, vehicleTypeOf[r], routes[r]);
            DistanceCost += evaluation.DistanceCost(data, vehicleTypeOf[r]);
            TimeWarp += evaluation.TimeWarp;
            for (var d = 0; d < data.Dimensions; d++)
            {
                Excess[d] += evaluation.Excess[d];
            }

            var clients = routes[r];
            for (var i = 0; i < clients.Length; i++)
            {
                Predecessor[clients[i]] = i == 0 ? Depot : clients[i - 1];
                Successor[clients[i]] = i == clients.Length - 1 ? Depot : clients[i + 1];
            }
        }

        for (var node = data.DepotCount; node < data.NodeCount; node++)
        {
            if (Successor[node] == Unvisited)
            {
                PrizeCost += Math.Max(0, data.Prize[node]);
                MissingRequired += data.Required[node] ? 1 : 0;
            }
            else
            {
                PrizeCost += Math.Max(0, -data.Prize[node]);
            }
        }

        GiantTour = GiantTourOf(data, routes);
    }

    /// <summary>Clients per vehicle.</summary>
    public int[][] Routes { get; }

    /// <summary>Distance and fixed costs.</summary>
    public double DistanceCost { get; }

    /// <summary>Prizes of the optional clients left out, and the cost of the visits made whose prize is negative. Both
    /// differ from the sum of the prizes left out by a constant, which is what the local search prices.</summary>
    public double PrizeCost { get; }

    /// <summary>Required clients in no route (never by construction; kept as a guard).</summary>
    public int MissingRequired { get; }

    /// <summary>Excess load per dimension, summed over routes.</summary>
    public long[] Excess { get; }

    /// <summary>Time warp summed over routes.</summary>
    public long TimeWarp { get; }

    /// <summary>The cost that is minimised: distance, fixed costs, uncollected prizes and the cost of visits.</summary>
    public double Cost => DistanceCost + PrizeCost;

    /// <summary>Whether no route breaks a constraint.</summary>
    public bool IsFeasible => TimeWarp == 0 && MissingRequired == 0 && Excess.All(e => e == 0);

    /// <summary>Next client in the route, -1 for a depot, -2 when not visited.</summary>
    public int[] Successor { get; }

    /// <summary>Previous client in the route, -1 for a depot, -2 when not visited.</summary>
    public int[] Predecessor { get; }

    /// <summary>Visited clients, routes in order of their direction from the depot.</summary>
    public int[] GiantTour { get; }

    /// <summary>Distance to the other members of its sub-population, nearest first.</summary>
    public List<(double Distance, Individual Other)> Proximity { get; } = [];

    /// <summary>Rank-based fitness mixing cost and contribution to diversity (lower is better).</summary>
    public double BiasedFitness { get; set; }

    /// <summary>Cost with infeasibility priced by <paramref name="weights"/>.</summary>
    public double PenalisedCost(CostWeights weights)
    {
        var cost = Cost + weights.TimeWarp * TimeWarp + 1e9 * MissingRequired;
        for (var d = 0; d < Excess.Length; d++)
        {
            cost += weights.Load[d] * Excess[d];
        }

        return cost;
    }

    /// <summary>Broken-pairs distance: the share of clients whose neighbours differ between the two solutions.</summary>
    public double DistanceTo(Individual other)
    {
        var differences = 0;
        var count = Successor.Length;
        var clients = 0;
        for (var j = 0; j < count; j++)
        {
            if (Successor[j] == Unvisited && other.Successor[j] == Unvisited)
            {
                continue;
            }

            clients++;
            if (Successor[j] != other.Successor[j] && Successor[j] != other.Predecessor[j])
            {
                differences++;
            }

            if (Predecessor[j] == Depot && other.Predecessor[j] != Depot && other.Successor[j] != Depot)
            {
                differences++;
            }
        }

        return clients == 0 ? 0 : (double)differences / clients;
    }

    /// <summary>Mean distance to its <paramref name="count"/> nearest others.</summary>
    public double AverageDistanceToClosest(int count)
    {
        var n = Math.Min(count, Proximity.Count);
        if (n == 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Proximity[i].Distance;
        }

        return sum / n;
    }

    private static int[] GiantTourOf(ProblemData data, int[][] routes)
    {
        // Routes ordered by the direction of their barycentre from their depot, as HGS-CVRP does, so that the giant
        // tour keeps neighbouring routes together for the crossover.
        var order = Enumerable.Range(0, routes.Length)
            .Where(r => routes[r].Length > 0)
            .OrderBy(r => Angle(data, routes[r]))
            .ThenBy(r => r);
        return order.SelectMany(r => routes[r]).ToArray();
    }

    private static double Angle(ProblemData data, int[] clients)
    {
        double x = 0, y = 0;
        foreach (var c in clients)
        {
            x += data.X[c] - data.X[0];
            y += data.Y[c] - data.Y[0];
        }

        return Math.Atan2(y, x);
    }
}
