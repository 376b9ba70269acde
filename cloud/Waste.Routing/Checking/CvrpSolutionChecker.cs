namespace Waste.Routing.Checking;

/// <summary>What the checker found about a CVRP solution.</summary>
/// <param name="Cost">Sum of route lengths under CVRPLIB's convention, recomputed from the coordinates.</param>
/// <param name="Violations">Every broken rule, in words; empty when the solution is feasible.</param>
public sealed record CheckReport(long Cost, IReadOnlyList<string> Violations)
{
    /// <summary>Whether no rule is broken.</summary>
    public bool IsFeasible => Violations.Count == 0;
}

/// <summary>
/// Checks a CVRP solution against its instance without any of the solver's code: every customer exactly once, no route
/// over capacity, and the cost recomputed from the coordinates with CVRPLIB's rounding.
/// </summary>
public static class CvrpSolutionChecker
{
    /// <summary>Checks <paramref name="routes"/> (customer numbers 1..n, as in CVRPLIB solution files).</summary>
    public static CheckReport Check(Instances.CvrpInstance instance, IEnumerable<IReadOnlyList<int>> routes)
    {
        var n = instance.CustomerCount;
        var visits = new int[n + 1];
        var violations = new List<string>();
        long cost = 0;
        var index = 0;
        var used = 0;
        foreach (var route in routes)
        {
            index++;
            used += route.Count > 0 ? 1 : 0;
            long load = 0;
            var previous = 0;
            foreach (var customer in route)
            {
                if (customer < 1 || customer > n)
                {
                    violations.Add($"route {index}: customer {customer} does not exist");
                    continue;
                }

                visits[customer]++;
                load += instance.Demand[customer];
                cost += Length(instance, previous, customer);
                previous = customer;
            }

            cost += Length(instance, previous, 0);
            if (load > instance.Capacity)
            {
                violations.Add($"route {index}: load {load} exceeds capacity {instance.Capacity}");
            }
        }

        for (var c = 1; c <= n; c++)
        {
            if (visits[c] != 1)
            {
                violations.Add($"customer {c} visited {visits[c]} times");
            }
        }

        if (instance.VehicleCount is { } fleet && used > fleet)
        {
            violations.Add($"{used} routes for {fleet} vehicles");
        }

        return new CheckReport(cost, violations);
    }

    // TSPLIB EUC_2D: nint of the Euclidean distance.
    private static long Length(Instances.CvrpInstance instance, int a, int b)
    {
        var dx = instance.X[a] - instance.X[b];
        var dy = instance.Y[a] - instance.Y[b];
        return (long)Math.Floor(Math.Sqrt((dx * dx) + (dy * dy)) + 0.5);
    }
}
