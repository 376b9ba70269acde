using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Routing.Modelling;

/// <summary>
/// Plans collection routes for a model: fetches the travel matrix, compiles, runs our hybrid genetic search and reads
/// the answer back as a plan. Stops no truck can serve are reported unserved with the reason, never silently dropped.
/// </summary>
public sealed class CollectionRouteOptimiser(ITravelMatrixProvider travel)
{
    /// <summary>Plans <paramref name="model"/> within the limits of <paramref name="options"/>.</summary>
    public async Task<RoutePlan> PlanAsync(RoutingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        var structural = ModelValidator.Structural(model);
        if (structural.Count > 0)
        {
            throw new RoutingModelException(structural);
        }

        if (model.Vehicles.Count == 0)
        {
            // After the shifts' end or with every truck broken down, a re-plan has no truck: nothing is served.
            return new RoutePlan
            {
                Routes = [],
                Unserved = [.. model.Stops.Select(s => new UnservedStop(s.Id, "no truck is available"))],
                Cost = model.Stops.Sum(s => s.Mandatory ? 0 : s.SkipPenalty),
                IsFeasible = model.Stops.All(s => !s.Mandatory),
            };
        }

        var matrix = await travel.GetMatrixAsync(RoutingPlaces.Of(model), cancellationToken);
        var compiled = RoutingModelCompiler.Compile(model, matrix);
        if (compiled.Data.ClientCount == 0)
        {
            return compiled.ToPlan(new SolverResult
            {
                Routes = [],
                Cost = 0,
                IsFeasible = true,
                Unvisited = [],
                Iterations = 0,
                Elapsed = TimeSpan.Zero,
                FoundAfter = TimeSpan.Zero,
            });
        }

        var result = new HybridGeneticSearch(compiled.Data, options).Solve(cancellationToken);
        return compiled.ToPlan(result);
    }
}
