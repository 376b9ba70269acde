using Waste.Routing.Modelling;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Modelling;

public class BadModelTests
{
    [Fact]
    public void A_stop_larger_than_every_truck_is_reported_unserved_naming_it_and_why()
    {
        var stops = TestCity.Stops(4, "residual");
        stops.Add(stops[0] with { Id = "bin-huge", Demand = new Load(9000, 100) });
        var (plan, check) = ModelPlanning.PlanAndCheck(TestCity.Model([TestCity.Truck("truck-1", 2000, 2000, "residual")], stops));
        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal("bin-huge", unserved.StopId);
        Assert.Contains("more than every truck", unserved.Reason, StringComparison.Ordinal);
        Assert.True(check.IsFeasible);
        Assert.Equal(["bin-huge"], check.UnservedMandatory);
    }

    [Fact]
    public void A_window_no_shift_can_reach_is_reported_unserved_with_the_reason()
    {
        var stops = TestCity.Stops(3, "residual");
        stops[1] = stops[1] with { Window = new TimeWindow(TestCity.Day.AddHours(20), TestCity.Day.AddHours(21)) };
        var (plan, _) = ModelPlanning.PlanAndCheck(TestCity.Model([TestCity.Truck("truck-1", 2000, 2000, "residual")], stops));
        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal(stops[1].Id, unserved.StopId);
        Assert.Contains("time window 20:00-21:00", unserved.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stop_of_a_stream_no_truck_collects_is_reported_unserved()
    {
        var stops = TestCity.Stops(3, "residual").Concat(TestCity.Stops(1, "hazardous")).ToList();
        var (plan, _) = ModelPlanning.PlanAndCheck(TestCity.Model([TestCity.Truck("truck-1", 2000, 2000, "residual")], stops));
        var unserved = Assert.Single(plan.Unserved);
        Assert.Equal("bin-hazardous-00", unserved.StopId);
        Assert.Contains("no vehicle collects stream 'hazardous'", unserved.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_and_unknown_depots_make_the_model_invalid_naming_each()
    {
        var stops = TestCity.Stops(2, "residual");
        stops.Add(stops[0]);
        var lost = TestCity.Truck("truck-lost", 1000, 1000, "residual") with { StartDepot = "nowhere" };
        var model = TestCity.Model([lost], stops);
        var error = Assert.Throws<RoutingModelException>(() =>
            new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(model, new SolverOptions { MaxIterations = 1 }).GetAwaiter().GetResult());
        Assert.Contains(error.Problems, p => p.Subject == stops[0].Id && p.Reason.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Subject == "truck-lost");
    }

    [Fact]
    public void Negative_or_non_numeric_amounts_are_refused_by_name()
    {
        var stops = TestCity.Stops(2, "residual");
        stops[1] = stops[1] with { Demand = new Load(double.NaN, 5) };
        var problems = ModelValidator.Structural(TestCity.Model([TestCity.Truck("truck-1", -5, 10, "residual")], stops));
        Assert.Contains(problems, p => p.Subject == stops[1].Id);
        Assert.Contains(problems, p => p.Subject == "truck-1");
    }
}
