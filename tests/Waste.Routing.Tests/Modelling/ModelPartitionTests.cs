using Waste.Routing.Modelling;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Modelling;

public class ModelPartitionTests
{
    [Fact]
    public void Streams_on_separate_trucks_make_separate_parts_each_with_its_own_stops()
    {
        var model = TestCity.Model(
            [TestCity.Truck("res-1", 10_000, 4_000, "residual"), TestCity.Truck("rec-1", 3_000, 1_000, "recyclable"), TestCity.Truck("res-2", 10_000, 4_000, "residual")],
            [.. TestCity.Stops(6, "residual"), .. TestCity.Stops(4, "recyclable", seed: 2)], landfill: true);

        var parts = ModelPartition.Split(model);

        Assert.Equal(2, parts.Count);
        Assert.Equal(["res-1", "res-2"], parts[0].Vehicles.Select(v => v.Id));
        Assert.All(parts[0].Stops, s => Assert.Equal("residual", s.Stream));
        Assert.Equal(6, parts[0].Stops.Count);
        Assert.Equal(["rec-1"], parts[1].Vehicles.Select(v => v.Id));
        Assert.Equal(4, parts[1].Stops.Count);
        Assert.All(parts, p => Assert.Equal(model.DisposalSites, p.DisposalSites));
    }

    [Fact]
    public void A_truck_that_takes_two_streams_keeps_them_in_one_part()
    {
        var model = TestCity.Model(
            [TestCity.Truck("res", 10_000, 4_000, "residual"), TestCity.Truck("both", 10_000, 4_000, "organic", "residual"), TestCity.Truck("org", 10_000, 4_000, "organic")],
            [.. TestCity.Stops(3, "residual"), .. TestCity.Stops(3, "organic", seed: 2)]);

        Assert.Same(model, Assert.Single(ModelPartition.Split(model)));
    }

    [Fact]
    public void Stops_no_truck_collects_stay_in_a_part_so_the_plan_names_them_unserved()
    {
        var model = TestCity.Model(
            [TestCity.Truck("res", 10_000, 4_000, "residual"), TestCity.Truck("rec", 3_000, 1_000, "recyclable")],
            [.. TestCity.Stops(3, "residual"), .. TestCity.Stops(2, "hazardous", seed: 3)]);

        var (plan, _) = ModelPlanning.PlanAndCheck(model, iterations: 20);

        Assert.Equal(5, model.Stops.Count);
        Assert.Equal(2, plan.Unserved.Count(u => u.StopId.Contains("hazardous", StringComparison.Ordinal)));
        Assert.Equal(3, plan.Routes.SelectMany(r => r.Visits).Count(v => v.Kind == VisitKind.Stop));
    }

    [Fact]
    public void The_merged_plan_serves_every_stop_on_a_truck_of_its_stream_and_the_checker_agrees()
    {
        var model = TestCity.Model(
            [TestCity.Truck("rec-1", 3_000, 1_000, "recyclable"), TestCity.Truck("res-1", 10_000, 4_000, "residual"), TestCity.Truck("org-1", 10_000, 4_000, "organic")],
            [.. TestCity.Stops(12, "residual"), .. TestCity.Stops(8, "organic", seed: 2), .. TestCity.Stops(6, "recyclable", seed: 3)], landfill: true);

        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 50);

        ModelPlanning.AssertFeasible(plan, check);
        Assert.Equal(["rec-1", "res-1", "org-1"], plan.Routes.Select(r => r.VehicleId));
        var streamOf = model.Stops.ToDictionary(s => s.Id, s => s.Stream);
        foreach (var route in plan.Routes)
        {
            var vehicle = model.Vehicles.Single(v => v.Id == route.VehicleId);
            Assert.All(route.Visits.Where(v => v.Kind == VisitKind.Stop), v => Assert.Contains(streamOf[v.Id], vehicle.Streams));
        }

        Assert.Equal(26, plan.Routes.SelectMany(r => r.Visits).Count(v => v.Kind == VisitKind.Stop));
    }

    [Fact]
    public async Task Under_an_iteration_limit_a_time_limit_just_long_enough_for_the_whole_model_cuts_no_part_short()
    {
        // Parts of 2, 16 and 6 stops, on a clock that moves an hour each time it is read: the search reads it about as
        // often for a small part as for a large one, so a limit just long enough for the whole plan, shared out by
        // size, would cut the 2-stop part's search short (its share: 8 %).
        var model = TestCity.Model(
            [TestCity.Truck("org-1", 10_000, 4_000, "organic"), TestCity.Truck("res-1", 10_000, 4_000, "residual"), TestCity.Truck("rec-1", 3_000, 1_000, "recyclable")],
            [.. TestCity.Stops(2, "organic", seed: 2), .. TestCity.Stops(16, "residual"), .. TestCity.Stops(6, "recyclable", seed: 3)], landfill: true);
        var options = new SolverOptions { Seed = 1, MaxIterations = 20 };
        var roomy = new SteppingClock(TimeSpan.FromHours(1));
        var unhurried = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(model, options with { Clock = roomy, TimeLimit = TimeSpan.FromDays(1000) });
        var tight = new SteppingClock(TimeSpan.FromHours(1));

        var justInTime = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(model, options with { Clock = tight, TimeLimit = TimeSpan.FromHours(roomy.Readings + 1) });

        Assert.Equal(3, ModelPartition.Split(model).Count);
        Assert.Equal(roomy.Readings, tight.Readings);
        Assert.Equal(unhurried.Cost, justInTime.Cost);
        Assert.Equal(Visits(unhurried), Visits(justInTime));
    }

    private static List<string> Visits(RoutePlan plan) =>
        [.. plan.Routes.SelectMany(r => r.Visits.Select(v => $"{r.VehicleId}:{v.Kind}:{v.Id}"))];
}
