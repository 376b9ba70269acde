using Waste.Routing.Solving;

namespace Waste.Routing.Instances;

/// <summary>
/// Turns a planar instance into the solver's problem. Distances follow CVRPLIB's convention exactly: the Euclidean
/// distance rounded to the nearest integer, <c>(int)(sqrt(dx² + dy²) + 0.5)</c>, times <paramref name="scale"/> first
/// when a finer grid is wanted (Solomon instances are usually solved at one decimal: scale 10).
/// </summary>
public static class CvrpProblem
{
    /// <summary>The problem for <paramref name="instance"/>; with no fixed fleet, HGS-CVRP's generous bound on vehicles.</summary>
    public static ProblemData From(CvrpInstance instance, int scale = 1)
    {
        var n = instance.X.Length;
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var dx = (instance.X[i] - instance.X[j]) * scale;
                var dy = (instance.Y[i] - instance.Y[j]) * scale;
                distance[i * n + j] = (int)(Math.Sqrt(dx * dx + dy * dy) + 0.5);
            }
        }

        var totalDemand = instance.Demand.Sum(d => (long)d);
        var fleet = instance.VehicleCount
            ?? (int)Math.Min(n - 1, Math.Ceiling(1.3 * totalDemand / instance.Capacity) + 3);
        var earliest = new long[n];
        var latest = new long[n];
        var service = new int[n];
        for (var i = 0; i < n; i++)
        {
            earliest[i] = instance.ReadyTime is null ? 0 : instance.ReadyTime[i] * scale;
            latest[i] = instance.DueTime is null ? ProblemData.NoLimit : instance.DueTime[i] * scale;
            service[i] = instance.ServiceTime is null ? 0 : instance.ServiceTime[i] * scale;
        }

        return new ProblemData(
            depotCount: 1,
            x: instance.X,
            y: instance.Y,
            distance: distance,
            duration: null,
            dimensions: 1,
            demand: instance.Demand,
            dimensionEmptiesAtDisposal: [true],
            isDisposal: new bool[n],
            serviceTime: service,
            earliest: earliest,
            latest: latest,
            required: Enumerable.Repeat(true, n).ToArray(),
            prize: new double[n],
            vehicleTypes: [new VehicleType { Count = Math.Max(1, fleet), Capacity = [instance.Capacity] }]);
    }
}
