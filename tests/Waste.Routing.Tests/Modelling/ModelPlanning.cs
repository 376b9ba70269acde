using Waste.Routing.Checking;
using Waste.Routing.Modelling;
using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Routing.Tests.Modelling;

/// <summary>Plans a model with a fixed iteration budget and has the independent checker read the plan.</summary>
internal static class ModelPlanning
{
    public static readonly ITravelMatrixProvider Travel = new GreatCircleTravelProvider(1.3, 25);

    public static (RoutePlan Plan, PlanCheckReport Check) PlanAndCheck(RoutingModel model, int iterations = 300, int seed = 1)
    {
        var plan = new CollectionRouteOptimiser(Travel).PlanAsync(model, new SolverOptions { Seed = seed, MaxIterations = iterations }).GetAwaiter().GetResult();
        var matrix = Travel.GetMatrixAsync(RoutingPlaces.Of(model)).GetAwaiter().GetResult();
        return (plan, RoutePlanChecker.Check(model, matrix, plan));
    }

    public static void AssertFeasible(RoutePlan plan, PlanCheckReport check)
    {
        Assert.True(plan.IsFeasible, "the solver says its plan breaks a constraint");
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Equal(plan.Cost, check.Cost, 3);
    }
}
