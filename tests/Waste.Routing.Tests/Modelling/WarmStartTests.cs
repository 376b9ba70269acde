using Waste.Routing.Checking;
using Waste.Routing.Modelling;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Modelling;

/// <summary>Plans that start from another plan: yesterday's routes for today's bins, or this day's before a truck broke.</summary>
public class WarmStartTests
{
    private static readonly Vehicle[] Trucks =
    [
        TestCity.Truck("res-1", 6_000, 2_000, "residual"),
        TestCity.Truck("res-2", 6_000, 2_000, "residual"),
        TestCity.Truck("res-3", 6_000, 2_000, "residual"),
    ];

    private static Task<RoutePlan> PlanAsync(RoutingModel model, SolverOptions options, RoutePlan? start = null) =>
        new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(model, options, start);

    [Fact]
    public async Task A_repair_of_a_good_plan_for_the_same_model_is_no_worse_and_the_checker_agrees()
    {
        var model = TestCity.Model(Trucks, TestCity.Stops(40, "residual"), landfill: true);
        var good = await PlanAsync(model, new SolverOptions { Seed = 1, MaxIterations = 300 });

        var repaired = await PlanAsync(model, new SolverOptions { Seed = 7, MaxIterations = 0, InitialSolutions = 1 }, good);

        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(model));
        ModelPlanning.AssertFeasible(repaired, RoutePlanChecker.Check(model, matrix, repaired));
        Assert.True(repaired.Cost <= good.Cost + 1e-6, $"{repaired.Cost} after repairing a plan of {good.Cost}");
    }

    [Fact]
    public async Task Yesterdays_routes_for_todays_bins_drop_the_bins_gone_and_place_every_new_one()
    {
        var yesterday = TestCity.Model(Trucks, TestCity.Stops(40, "residual"));
        var start = await PlanAsync(yesterday, new SolverOptions { Seed = 1, MaxIterations = 100 });
        var today = TestCity.Model(Trucks, [.. TestCity.Stops(40, "residual").Skip(10), .. TestCity.Stops(8, "residual", seed: 9, prefix: "new")]);

        var plan = await PlanAsync(today, new SolverOptions { Seed = 1, MaxIterations = 0, InitialSolutions = 1 }, start);

        var visited = plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Stop).Select(v => v.Id).Order(StringComparer.Ordinal);
        Assert.Equal(today.Stops.Select(s => s.Id).Order(StringComparer.Ordinal), visited);
        Assert.True(plan.IsFeasible);
    }

    [Fact]
    public async Task A_truck_gone_from_the_model_has_its_stops_taken_by_the_others()
    {
        var model = TestCity.Model(Trucks, TestCity.Stops(30, "residual"), landfill: true);
        var before = await PlanAsync(model, new SolverOptions { Seed = 1, MaxIterations = 100 });
        var withoutOne = model with { Vehicles = [.. Trucks.Skip(1)] };

        var after = await PlanAsync(withoutOne, new SolverOptions { Seed = 1, MaxIterations = 0, InitialSolutions = 1 }, before);

        Assert.DoesNotContain(after.Routes, r => r.VehicleId == "res-1");
        Assert.Equal(30, after.Routes.SelectMany(r => r.Visits).Count(v => v.Kind == VisitKind.Stop));
        Assert.Empty(after.Unserved);
    }

    [Fact]
    public async Task The_compiler_maps_a_plan_onto_its_nodes_disposal_visits_onto_distinct_copies()
    {
        var model = TestCity.Model([Trucks[0]], TestCity.Stops(4, "residual"), landfill: true);
        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(model));
        var compiled = RoutingModelCompiler.Compile(model, matrix);
        var at = TestCity.Day;
        PlannedVisit Visit(VisitKind kind, string id) => new(kind, id, at, at, at, default);
        var plan = new RoutePlan
        {
            Routes =
            [
                new VehicleRoute("res-1", at, at, 0,
                [
                    Visit(VisitKind.Stop, "bin-residual-02"), Visit(VisitKind.Disposal, TestCity.Landfill.Id), Visit(VisitKind.Stop, "gone"),
                    Visit(VisitKind.Stop, "bin-residual-00"), Visit(VisitKind.Disposal, TestCity.Landfill.Id),
                ]),
                new VehicleRoute("not-in-this-model", at, at, 0, [Visit(VisitKind.Stop, "bin-residual-01")]),
            ],
            Unserved = [],
            Cost = 0,
            IsFeasible = true,
        };

        var route = Assert.Single(compiled.RoutesOf(plan));

        Assert.Equal(4, route.Length);
        Assert.False(compiled.Data.IsDisposal[route[0]]);
        Assert.True(compiled.Data.IsDisposal[route[1]]);
        Assert.True(compiled.Data.IsDisposal[route[3]]);
        Assert.NotEqual(route[1], route[3]);
    }

    [Fact]
    public async Task A_crews_break_in_the_plan_keeps_its_place_on_the_trucks_own_break_node()
    {
        var lunch = new CrewBreak(TimeSpan.FromMinutes(30), TestCity.Day.AddHours(11), TestCity.Day.AddHours(12));
        var model = TestCity.Model([Trucks[0] with { Break = lunch }, Trucks[1] with { Break = lunch }], TestCity.Stops(4, "residual"));
        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(model));
        var compiled = RoutingModelCompiler.Compile(model, matrix);
        var at = TestCity.Day;
        PlannedVisit Visit(VisitKind kind, string id) => new(kind, id, at, at, at, default);
        var plan = new RoutePlan
        {
            Routes =
            [
                new VehicleRoute("res-1", at, at, 0, [Visit(VisitKind.Stop, "bin-residual-00"), Visit(VisitKind.Break, "break"), Visit(VisitKind.Stop, "bin-residual-01")]),
                new VehicleRoute("res-2", at, at, 0, [Visit(VisitKind.Break, "break"), Visit(VisitKind.Stop, "bin-residual-02")]),
            ],
            Unserved = [],
            Cost = 0,
            IsFeasible = true,
        };

        var routes = compiled.RoutesOf(plan);

        Assert.True(compiled.Data.IsBreak[routes[0][1]]);
        Assert.True(compiled.Data.IsBreak[routes[1][0]]);
        Assert.NotEqual(routes[0][1], routes[1][0]);
        Assert.Equal(5, routes.Sum(r => r.Length));
    }
}
