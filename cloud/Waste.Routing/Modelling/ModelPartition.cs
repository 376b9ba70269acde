namespace Waste.Routing.Modelling;

/// <summary>
/// Splits a model into the parts no truck links. A stop can only ride on a truck that collects its stream, so streams
/// that share no truck (a depot's recyclables on small trucks, its residual and organic waste on compactors of their
/// own) are independent problems: solving each alone gives the same optimum as one search over all of them, and is
/// much faster, since no move is spent trying a stop on a truck that cannot take it.
/// </summary>
public static class ModelPartition
{
    /// <summary>The independent parts of <paramref name="model"/>, in the order of their first vehicle; the model itself
    /// when nothing separates it. Every part keeps all depots and disposal sites; stops of a stream no truck collects
    /// go to the first part, where the compiler reports them unservable with the reason.</summary>
    public static IReadOnlyList<RoutingModel> Split(RoutingModel model)
    {
        if (model.Vehicles.Count < 2)
        {
            return [model];
        }

        var groupOfStream = GroupStreams(model.Vehicles);
        var parts = new List<(string? Group, List<Vehicle> Vehicles, List<Stop> Stops)>();
        foreach (var vehicle in model.Vehicles)
        {
            var group = vehicle.Streams.Select(s => groupOfStream[s]).FirstOrDefault();
            var part = parts.FindIndex(p => p.Group == group);
            if (part < 0)
            {
                parts.Add((group, [vehicle], []));
            }
            else
            {
                parts[part].Vehicles.Add(vehicle);
            }
        }

        if (parts.Count == 1)
        {
            return [model];
        }

        foreach (var stop in model.Stops)
        {
            var part = groupOfStream.TryGetValue(stop.Stream, out var group) ? parts.FindIndex(p => p.Group == group) : 0;
            parts[part].Stops.Add(stop);
        }

        return [.. parts.Select(p => model with { Vehicles = p.Vehicles, Stops = p.Stops })];
    }

    /// <summary>One plan from the plans of <paramref name="model"/>'s parts: routes in the model's vehicle order.</summary>
    public static RoutePlan Merge(RoutingModel model, IReadOnlyList<RoutePlan> plans)
    {
        if (plans.Count == 1)
        {
            return plans[0];
        }

        var order = model.Vehicles.Select((v, i) => (v.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new RoutePlan
        {
            Routes = [.. plans.SelectMany(p => p.Routes).OrderBy(r => order.GetValueOrDefault(r.VehicleId, int.MaxValue))],
            Unserved = [.. plans.SelectMany(p => p.Unserved)],
            Cost = plans.Sum(p => p.Cost),
            IsFeasible = plans.All(p => p.IsFeasible),
        };
    }

    // Streams carried by one truck belong together: a union-find over streams, each group named by its root.
    private static Dictionary<string, string> GroupStreams(IReadOnlyList<Vehicle> vehicles)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string stream)
        {
            while (parent[stream] != stream)
            {
                stream = parent[stream] = parent[parent[stream]];
            }

            return stream;
        }

        foreach (var stream in vehicles.SelectMany(v => v.Streams))
        {
            parent.TryAdd(stream, stream);
        }

        foreach (var vehicle in vehicles)
        {
            var first = vehicle.Streams.FirstOrDefault();
            foreach (var other in vehicle.Streams.Skip(1))
            {
                var (a, b) = (Root(first!), Root(other));
                if (a != b)
                {
                    parent[b] = a;
                }
            }
        }

        return parent.Keys.ToDictionary(s => s, Root, StringComparer.Ordinal);
    }
}
