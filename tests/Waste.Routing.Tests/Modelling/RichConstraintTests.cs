using Waste.Routing.Modelling;

namespace Waste.Routing.Tests.Modelling;

public class RichConstraintTests
{
    [Fact]
    public void A_mixed_district_is_planned_feasibly_and_the_checker_agrees_on_cost()
    {
        var stops = TestCity.Stops(14, "residual").Concat(TestCity.Stops(8, "organic", seed: 2)).ToList();
        stops[3] = stops[3] with { Window = new TimeWindow(TestCity.Day.AddHours(9), TestCity.Day.AddHours(9.5)) };
        stops[5] = stops[5] with { Mandatory = false, SkipPenalty = 50 };
        var model = TestCity.Model(
            [TestCity.Truck("truck-r1", 2400, 800, "residual"), TestCity.Truck("truck-r2", 2400, 800, "residual"), TestCity.Truck("truck-o1", 2000, 700, "organic")],
            stops);
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
        Assert.Empty(check.UnservedMandatory);
    }

    [Fact]
    public void A_truck_collects_only_the_streams_it_takes()
    {
        var model = TestCity.Model(
            [TestCity.Truck("truck-r", 5000, 2000, "residual"), TestCity.Truck("truck-o", 5000, 2000, "organic")],
            TestCity.Stops(8, "residual").Concat(TestCity.Stops(8, "organic", seed: 3)));
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
        foreach (var route in plan.Routes)
        {
            var stream = route.VehicleId == "truck-r" ? "residual" : "organic";
            Assert.All(route.Visits, v => Assert.Contains(stream, v.Id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Mass_limits_a_truck_even_when_volume_would_allow_more()
    {
        // 10 heavy stops (300 kg each, little volume): one truck of 1,600 kg can take five at most.
        var model = TestCity.Model(
            [TestCity.Truck("truck-1", 20_000, 1600, "residual"), TestCity.Truck("truck-2", 20_000, 1600, "residual")],
            TestCity.Stops(10, "residual", litres: 100, kilograms: 300));
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
        Assert.Equal(2, plan.Routes.Count);
        Assert.All(plan.Routes, r => Assert.True(r.Visits.Last().OnBoard.Kilograms <= 1600));
    }

    [Fact]
    public void A_truck_unloads_at_the_landfill_and_continues_when_its_stops_exceed_one_load()
    {
        // One truck, 12 stops of 240 L each (2,880 L) and a 1,000 L body: at least two trips to the landfill.
        var truck = TestCity.Truck("truck-1", 1000, 1000, "residual") with { MaxDisposalTrips = 4 };
        var model = TestCity.Model([truck], TestCity.Stops(12, "residual"), landfill: true);
        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 400);
        ModelPlanning.AssertFeasible(plan, check);
        var route = Assert.Single(plan.Routes);
        Assert.Equal(12, route.Visits.Count(v => v.Kind == VisitKind.Stop));
        Assert.InRange(route.Visits.Count(v => v.Kind == VisitKind.Disposal), 2, 4);
        Assert.All(route.Visits, v => Assert.True(v.OnBoard.Litres <= 1000));
    }

    [Fact]
    public void Service_starts_inside_each_stops_time_window_after_waiting_if_early()
    {
        var stops = TestCity.Stops(6, "residual");
        var window = new TimeWindow(TestCity.Day.AddHours(10), TestCity.Day.AddHours(10.25));
        stops[0] = stops[0] with { Window = window };
        var model = TestCity.Model([TestCity.Truck("truck-1", 5000, 5000, "residual")], stops);
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
        var visit = plan.Routes.SelectMany(r => r.Visits).Single(v => v.Id == stops[0].Id);
        Assert.True(window.Contains(visit.ServiceStart), $"served at {visit.ServiceStart}");
    }

    [Fact]
    public void A_maximum_duration_splits_the_work_between_trucks()
    {
        // 16 stops of 10 minutes each: 160 minutes of service, more than one truck's 3 hours once driving is added.
        var stops = TestCity.Stops(16, "residual").Select(s => s with { ServiceTime = TimeSpan.FromMinutes(10) }).ToList();
        var shortShift = TestCity.Truck("truck-1", 50_000, 50_000, "residual") with { MaxDuration = TimeSpan.FromHours(3) };
        var model = TestCity.Model([shortShift, shortShift with { Id = "truck-2" }], stops);
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
        Assert.Equal(2, plan.Routes.Count);
        Assert.All(plan.Routes, r => Assert.True(r.Return - r.Departure <= TimeSpan.FromHours(3)));
    }

    [Fact]
    public void An_optional_stop_is_left_out_when_its_penalty_is_below_its_cost_and_served_when_above()
    {
        var near = TestCity.Stops(5, "residual");
        var far = new Stop
        {
            Id = "bin-far",
            Location = new GeoPoint(11.10, 106.75),
            Stream = "residual",
            Demand = new Load(240, 60),
            Mandatory = false,
        };
        var truck = TestCity.Truck("truck-1", 5000, 5000, "residual");
        var (cheap, cheapCheck) = ModelPlanning.PlanAndCheck(TestCity.Model([truck], [.. near, far with { SkipPenalty = 1 }]));
        ModelPlanning.AssertFeasible(cheap, cheapCheck);
        var unserved = Assert.Single(cheap.Unserved);
        Assert.Equal("bin-far", unserved.StopId);
        Assert.Contains("optional", unserved.Reason, StringComparison.Ordinal);

        var (dear, dearCheck) = ModelPlanning.PlanAndCheck(TestCity.Model([truck], [.. near, far with { SkipPenalty = 100_000 }]));
        ModelPlanning.AssertFeasible(dear, dearCheck);
        Assert.Empty(dear.Unserved);
    }

    [Fact]
    public void The_cheaper_truck_is_used_when_either_could_do_the_work()
    {
        var cheap = TestCity.Truck("truck-cheap", 5000, 5000, "residual") with { FixedCost = 50 };
        var dear = TestCity.Truck("truck-dear", 5000, 5000, "residual") with { FixedCost = 5000, CostPerKm = 30 };
        var (plan, check) = ModelPlanning.PlanAndCheck(TestCity.Model([dear, cheap], TestCity.Stops(8, "residual")));
        ModelPlanning.AssertFeasible(plan, check);
        Assert.Equal("truck-cheap", Assert.Single(plan.Routes).VehicleId);
    }

    [Fact]
    public void A_truck_may_end_at_another_depot_than_it_started_from()
    {
        var yard = new Depot("yard-south", new GeoPoint(10.95, 106.66));
        var truck = TestCity.Truck("truck-1", 5000, 5000, "residual") with { EndDepot = yard.Id };
        var model = TestCity.Model([truck], TestCity.Stops(6, "residual")) with { Depots = [TestCity.Depot, yard] };
        var (plan, check) = ModelPlanning.PlanAndCheck(model);
        ModelPlanning.AssertFeasible(plan, check);
    }
}
