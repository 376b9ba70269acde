using Waste.Routing.Instances;

namespace Waste.Routing.Checking;

/// <summary>What the checker found about a CVRP solution.</summary>
/// <param name="Cost">Sum of route lengths under the instance's convention, recomputed from the coordinates.</param>
/// <param name="Violations">Every broken rule, in words; empty when the solution is feasible.</param>
public sealed record CheckReport(double Cost, IReadOnlyList<string> Violations)
{
    /// <summary>Whether no rule is broken.</summary>
    public bool IsFeasible => Violations.Count == 0;
}

/// <summary>
/// Checks a CVRP solution against its instance without any of the solver's code, in the instance's own units and
/// convention: every customer exactly once, no route over capacity, no more routes than vehicles, the route length
/// limit (travel plus service), and the time windows (service starts no later than its due time, waiting allowed; back
/// at the depot by its due time). The cost is recomputed from the coordinates: rounded edges under CVRPLIB's
/// convention, real ones otherwise. Limits are compared with a tolerance of 1e-6.
/// </summary>
public static class CvrpSolutionChecker
{
    private const double Tolerance = 1e-6;

    /// <summary>Checks <paramref name="routes"/> (customer numbers 1..n, as in CVRPLIB solution files).</summary>
    public static CheckReport Check(CvrpInstance instance, IEnumerable<IReadOnlyList<int>> routes)
    {
        var n = instance.CustomerCount;
        var visits = new int[n + 1];
        var violations = new List<string>();
        double cost = 0;
        var index = 0;
        var used = 0;
        foreach (var route in routes)
        {
            index++;
            if (route.Count == 0)
            {
                continue;
            }

            used++;
            long load = 0;
            double length = 0, time = instance.ReadyTime?[0] ?? 0, service = 0;
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
                var edge = Length(instance, previous, customer);
                length += edge;
                time = Math.Max(time + edge, instance.ReadyTime?[customer] ?? 0);
                if (instance.DueTime is { } due && time > due[customer] + Tolerance)
                {
                    violations.Add($"route {index}: customer {customer} served at {time:F2}, after its due time {due[customer]}");
                }

                var serviceTime = instance.ServiceTime?[customer] ?? 0;
                time += serviceTime;
                service += serviceTime;
                previous = customer;
            }

            var back = Length(instance, previous, 0);
            length += back;
            time += back;
            cost += length;
            if (load > instance.Capacity)
            {
                violations.Add($"route {index}: load {load} exceeds capacity {instance.Capacity}");
            }

            if (instance.DistanceLimit is { } limit && length + service > limit + Tolerance)
            {
                violations.Add($"route {index}: length {length:F2} plus service {service:F2} exceeds the limit {limit}");
            }

            if (instance.DueTime is { } depotDue && time > depotDue[0] + Tolerance)
            {
                violations.Add($"route {index}: back at the depot at {time:F2}, after its due time {depotDue[0]}");
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

    private static double Length(CvrpInstance instance, int a, int b) =>
        instance.Convention.Length(instance.X[a], instance.Y[a], instance.X[b], instance.Y[b]);
}
