using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Routing.Modelling;

/// <summary>
/// Plans collection routes for a model: splits it into the parts no truck links (<see cref="ModelPartition"/>), and for
/// each fetches the travel matrix, compiles, runs our hybrid genetic search and reads the answer back as a plan. Stops
/// no truck can serve are reported unserved with the reason, never silently dropped. A plan to start from (yesterday's,
/// or this day's before a disruption) is repaired and improved instead of searched for again.
/// </summary>
public sealed class CollectionRouteOptimiser(ITravelMatrixProvider travel)
{
    /// <summary>Plans <paramref name="model"/> within the limits of <paramref name="options"/>, starting from
    /// <paramref name="start"/> when given: its routes for the trucks and stops the model still has.</summary>
    public async Task<RoutePlan> PlanAsync(RoutingModel model, SolverOptions options, RoutePlan? start = null, CancellationToken cancellationToken = default)
    {
        var parts = ModelPartition.Split(model);
        var plans = new List<RoutePlan>(parts.Count);
        var clients = Math.Max(1, model.Stops.Count);
        var started = options.Clock.GetTimestamp();
        foreach (var part in parts)
        {
            // A time limit alone is shared out by size. Under an iteration limit, which holds for each part, the time
            // limit is a safety net for the whole model: each part may use what the parts before it left, so that a
            // busy machine does not cut a small part's search short and change the plan.
            var share = options.TimeLimit is not { } limit ? options
                : options.MaxIterations is null ? options with { TimeLimit = limit * Math.Max(part.Stops.Count, 1) / clients }
                : options with { TimeLimit = Max(limit - options.Clock.GetElapsedTime(started), TimeSpan.Zero) };
            plans.Add(await PlanPartAsync(part, share, start, cancellationToken));
        }

        return ModelPartition.Merge(model, plans);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<RoutePlan> PlanPartAsync(RoutingModel model, SolverOptions options, RoutePlan? start, CancellationToken cancellationToken)
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

        var search = new HybridGeneticSearch(compiled.Data, options);
        var result = start is null ? search.Solve(cancellationToken) : search.Solve([compiled.RoutesOf(start)], cancellationToken);
        return compiled.ToPlan(result);
    }
}
