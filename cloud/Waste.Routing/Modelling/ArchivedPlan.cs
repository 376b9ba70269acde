using System.Text.Json;
using Waste.Routing.Travel;

namespace Waste.Routing.Modelling;

/// <summary>
/// A plan kept with everything needed to make it again: the routing model, the great-circle travel estimate it was
/// planned on, and the plan. Solving the model again for longer says how far the plan was from what the optimiser can
/// find (the simulator's <c>plans-gap</c> command).
/// </summary>
public sealed record ArchivedPlan(GreatCircleTravelProvider Travel, RoutingModel Model, RoutePlan Plan)
{
    /// <summary>Writes the plan to <paramref name="path"/> as JSON.</summary>
    public void Write(string path)
    {
        using var file = File.Create(path);
        JsonSerializer.Serialize(file, this, RoutingJson.Options);
    }

    /// <summary>Reads a plan written by <see cref="Write"/>.</summary>
    public static ArchivedPlan Read(string path)
    {
        using var file = File.OpenRead(path);
        return JsonSerializer.Deserialize<ArchivedPlan>(file, RoutingJson.Options)
            ?? throw new JsonException($"{path} holds no plan");
    }
}
