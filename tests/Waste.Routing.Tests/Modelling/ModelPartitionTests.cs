using Waste.Routing.Modelling;

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
}
