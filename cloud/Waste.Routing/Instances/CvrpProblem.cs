using Waste.Routing.Solving;

namespace Waste.Routing.Instances;

/// <summary>
/// Turns a planar instance into the solver's integer problem. Under CVRPLIB's rounded convention each distance is
/// <c>(int)(sqrt(dx² + dy²) + 0.5)</c> (times <c>scale</c> first when a finer grid is wanted). Under the real-valued
/// convention distances are scaled by <see cref="RealScale"/> and rounded for the cost, but rounded up for travel times,
/// so that a route the solver finds within a window or the length limit is within it in exact arithmetic too.
/// </summary>
public static class CvrpProblem
{
    /// <summary>The solver's units per unit of a real-valued instance (three decimals).</summary>
    public const int RealScale = 1000;

    /// <summary>The problem for <paramref name="instance"/>; with no fixed fleet, HGS-CVRP's generous bound on vehicles.
    /// <paramref name="scale"/> defaults to 1 under the rounded convention and <see cref="RealScale"/> under the real one.</summary>
    public static ProblemData From(CvrpInstance instance, int? scale = null)
    {
        var real = instance.Convention == CostConvention.RealEuclidean;
        var factor = scale ?? (real ? RealScale : 1);
        var n = instance.X.Length;
        var distance = new int[n * n];
        var duration = real ? new int[n * n] : null;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var dx = (instance.X[i] - instance.X[j]) * factor;
                var dy = (instance.Y[i] - instance.Y[j]) * factor;
                var exact = Math.Sqrt(dx * dx + dy * dy);
                distance[i * n + j] = (int)(exact + 0.5);
                if (duration is not null)
                {
                    duration[i * n + j] = (int)Math.Ceiling(exact - 1e-9);
                }
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
            // Windows rounded inwards and service rounded up: the integer problem is never looser than the instance.
            earliest[i] = instance.ReadyTime is null ? 0 : (long)Math.Ceiling(instance.ReadyTime[i] * factor - 1e-9);
            latest[i] = instance.DueTime is null ? ProblemData.NoLimit : (long)Math.Floor(instance.DueTime[i] * factor + 1e-9);
            service[i] = instance.ServiceTime is null ? 0 : (int)Math.Ceiling(instance.ServiceTime[i] * factor - 1e-9);
        }

        var maxDuration = instance.DistanceLimit is { } limit ? (long)Math.Floor(limit * factor + 1e-9) : ProblemData.NoLimit;
        return new ProblemData(
            depotCount: 1,
            x: instance.X,
            y: instance.Y,
            distance: distance,
            duration: duration,
            dimensions: 1,
            demand: instance.Demand,
            dimensionEmptiesAtDisposal: [true],
            isDisposal: new bool[n],
            serviceTime: service,
            earliest: earliest,
            latest: latest,
            required: Enumerable.Repeat(true, n).ToArray(),
            prize: new double[n],
            vehicleTypes: [new VehicleType { Count = Math.Max(1, fleet), Capacity = [instance.Capacity], MaxDuration = maxDuration }]);
    }
}
