using Waste.Routing.Checking;
using Waste.Routing.Modelling;
using Waste.Routing.Planning;
using Waste.Routing.Solving;
using Waste.Routing.Tests.Modelling;

namespace Waste.Routing.Tests.Planning;

/// <summary>Plans one simulated day once for all the tests that read it.</summary>
public sealed class PlannedDay
{
    public static readonly DateTimeOffset Tomorrow = TestCity.Day.AddDays(1).AddHours(6);

    public PlannedDay()
    {
        var selection = StopSelector.Choose(Forecasts(), new PlanningWindow(Tomorrow, Tomorrow.AddDays(2)));
        Model = CollectionPlanner.BuildModel(selection, Fleet());
        Plan = new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(Model, new SolverOptions { Seed = 3, MaxIterations = 150 }).GetAwaiter().GetResult();
    }

    public RoutingModel Model { get; }

    public RoutePlan Plan { get; }

    // 40 bins in two streams with thresholds spread over three days around the next visit.
    private static List<BinForecast> Forecasts()
    {
        var random = new Random(5);
        var stops = TestCity.Stops(28, "residual", seed: 7).Concat(TestCity.Stops(12, "organic", seed: 8)).ToList();
        return stops.Select(s => new BinForecast
        {
            BinId = s.Id,
            Location = s.Location,
            Stream = s.Stream,
            ExpectedLoad = new Load(180 + random.Next(60), 40 + random.Next(30)),
            ThresholdAt = Tomorrow.AddHours(random.Next(-30, 60)),
            FullAt = Tomorrow.AddHours(70),
            Uncertainty = TimeSpan.FromHours(random.Next(0, 6)),
        }).ToList();
    }

    private static Fleet Fleet() => new(
        [TestCity.Depot],
        [TestCity.Landfill],
        [
            TestCity.Truck("truck-r1", 3000, 1200, "residual"),
            TestCity.Truck("truck-r2", 3000, 1200, "residual"),
            TestCity.Truck("truck-o1", 2000, 900, "organic"),
        ]);

}

public class SimulatedDayTests(PlannedDay day) : IClassFixture<PlannedDay>
{
    [Fact]
    public async Task The_day_plan_serves_every_mandatory_bin_with_a_route_per_truck_the_checker_accepts()
    {
        var (model, plan) = (day.Model, day.Plan);
        var mandatory = model.Stops.Where(s => s.Mandatory).Select(s => s.Id).ToHashSet();
        Assert.NotEmpty(mandatory);
        Assert.True(model.Stops.Count < 40, "bins far from their threshold are left out");

        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(model));
        var check = RoutePlanChecker.Check(model, matrix, plan);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Empty(check.UnservedMandatory);
        Assert.Subset(plan.Routes.SelectMany(r => r.Visits).Select(v => v.Id).ToHashSet(), mandatory);

        var organic = plan.Routes.Single(r => r.VehicleId == "truck-o1");
        Assert.All(organic.Visits.Where(v => v.Kind == VisitKind.Stop), v => Assert.Contains("organic", v.Id, StringComparison.Ordinal));
        Assert.All(plan.Routes, r => Assert.True(r.Visits.Zip(r.Visits.Skip(1)).All(p => p.First.Departure <= p.Second.Arrival)));
    }

    [Fact]
    public async Task When_a_truck_breaks_down_the_rest_of_its_mandatory_bins_go_to_the_others()
    {
        var (model, plan) = (day.Model, day.Plan);
        var broken = plan.Routes.Where(r => r.VehicleId.StartsWith("truck-r", StringComparison.Ordinal)).OrderByDescending(r => r.Visits.Count).First();
        var at = broken.Visits[broken.Visits.Count / 2].Departure;
        var replan = RePlanner.After(model, plan, new VehicleOutOfService(broken.VehicleId, at));

        Assert.DoesNotContain(replan.Model.Vehicles, v => v.Id == broken.VehicleId);
        var done = plan.Routes.SelectMany(r => r.Visits).Where(v => v.Departure <= at).Select(v => v.Id).ToHashSet();
        Assert.DoesNotContain(replan.Model.Stops, s => done.Contains(s.Id));

        var next = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(replan.Model, new SolverOptions { Seed = 3, MaxIterations = 100 });
        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(replan.Model));
        var check = RoutePlanChecker.Check(replan.Model, matrix, next);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Empty(check.UnservedMandatory);
        Assert.All(next.Routes, r => Assert.True(r.Departure >= at));
        var stranded = broken.Visits.Where(v => v.Departure > at && v.Kind == VisitKind.Stop && model.Stops.Single(s => s.Id == v.Id).Mandatory).Select(v => v.Id);
        Assert.Subset(next.Routes.SelectMany(r => r.Visits).Select(v => v.Id).ToHashSet(), stranded.ToHashSet());
    }

    [Fact]
    public void A_skipped_stop_leaves_the_plan_with_the_crews_reason()
    {
        var (model, plan) = (day.Model, day.Plan);
        var route = plan.Routes.First(r => r.Visits.Count > 2);
        var skipped = route.Visits.Last(v => v.Kind == VisitKind.Stop);
        var replan = RePlanner.After(model, plan, new StopSkipped(skipped.Id, route.Visits[0].Departure, "gate locked"));
        Assert.DoesNotContain(replan.Model.Stops, s => s.Id == skipped.Id);
        var dropped = Assert.Single(replan.Dropped);
        Assert.Equal(skipped.Id, dropped.StopId);
        Assert.Contains("gate locked", dropped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skip_reported_after_the_shifts_end_re_plans_without_the_trucks_whose_shift_is_over()
    {
        var (model, plan) = (day.Model, day.Plan);
        var route = plan.Routes.First(r => r.Visits.Count > 2);
        var skipped = route.Visits.Last(v => v.Kind == VisitKind.Stop);
        var afterHours = model.Vehicles.Max(v => v.Shift.End).AddHours(2);

        var replan = RePlanner.After(model, plan, new StopSkipped(skipped.Id, afterHours, "gate locked"));

        Assert.Empty(ModelValidator.Structural(replan.Model));
        Assert.Empty(replan.Model.Vehicles);
        var next = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(replan.Model, new SolverOptions { Seed = 3, MaxIterations = 10 });
        Assert.Empty(next.Routes);
        Assert.Equal(replan.Model.Stops.Select(s => s.Id).Order(), next.Unserved.Select(u => u.StopId).Order());
    }

    [Fact]
    public void A_crew_running_late_keeps_its_unreported_stops_and_starts_again_from_its_last_reported_one()
    {
        var (model, plan) = (day.Model, day.Plan);
        var route = plan.Routes.OrderByDescending(r => r.Visits.Count).First();
        var stops = route.Visits.Where(v => v.Kind == VisitKind.Stop).ToList();
        var reported = stops.Take(2).Select(v => v.Id).ToList();
        var progress = new CrewProgress(new Dictionary<string, IReadOnlyList<string>> { [route.VehicleId] = reported });
        var late = route.Visits[^2].Departure;

        var replan = RePlanner.After(model, plan, new VehicleOutOfService("another-truck", late), progress);

        Assert.DoesNotContain(replan.Model.Stops, s => reported.Contains(s.Id));
        Assert.Subset(replan.Model.Stops.Select(s => s.Id).ToHashSet(), stops.Skip(2).Select(v => v.Id).ToHashSet());
        var truck = replan.Model.Vehicles.Single(v => v.Id == route.VehicleId);
        var standsAt = replan.Model.Depots.Single(d => d.Id == truck.StartDepot).Location;
        Assert.Equal(model.Stops.Single(s => s.Id == reported[^1]).Location, standsAt);
        Assert.Equal(stops[1].OnBoard, truck.LoadOnBoard);
        Assert.Equal(late, truck.Shift.Start);
    }

    [Fact]
    public async Task A_second_disruption_re_plans_the_re_planned_day_with_each_truck_standing_in_one_place()
    {
        var (model, plan) = (day.Model, day.Plan);
        var route = plan.Routes.OrderByDescending(r => r.Visits.Count).First();
        var stops = route.Visits.Where(v => v.Kind == VisitKind.Stop).ToList();
        var first = RePlanner.After(model, plan, new StopSkipped(stops[^1].Id, stops[1].Departure, "gate locked"));
        var firstPlan = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(first.Model, new SolverOptions { Seed = 3, MaxIterations = 100 });
        var onward = firstPlan.Routes.Single(r => r.VehicleId == route.VehicleId);
        var at = onward.Visits.First(v => v.Kind == VisitKind.Stop).Departure;

        var second = RePlanner.After(first.Model, firstPlan, new StopSkipped(onward.Visits.Last(v => v.Kind == VisitKind.Stop).Id, at, "bin damaged"));

        Assert.Equal(second.Model.Depots.Count, second.Model.Depots.Select(d => d.Id).Distinct().Count());
        var truck = second.Model.Vehicles.Single(v => v.Id == route.VehicleId);
        var standsAt = second.Model.Depots.Single(d => d.Id == truck.StartDepot).Location;
        Assert.Equal(first.Model.Stops.Single(s => s.Id == onward.Visits.First(v => v.Kind == VisitKind.Stop).Id).Location, standsAt);
        var next = await new CollectionRouteOptimiser(ModelPlanning.Travel).PlanAsync(second.Model, new SolverOptions { Seed = 3, MaxIterations = 100 });
        var check = RoutePlanChecker.Check(second.Model, await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(second.Model)), next);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
    }
}
