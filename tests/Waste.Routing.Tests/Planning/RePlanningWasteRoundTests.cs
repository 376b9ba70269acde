using Waste.Routing.Modelling;
using Waste.Routing.Planning;
using Waste.Routing.Tests.Modelling;

namespace Waste.Routing.Tests.Planning;

/// <summary>Re-planning in the afternoon keeps the rest of the day's rules: a lunch taken is behind the crew, the stops
/// served and volume collected count against the truck's limits, and a truck standing after its lunch starts from the
/// last place it stood. A re-plan never gives a crew a second lunch: not after a breakdown or a skip, not while the crew
/// is at lunch, not when the crew has reported no stop since its lunch.</summary>
public class RePlanningWasteRoundTests
{
    private static readonly CrewBreak Lunch = new(TimeSpan.FromHours(1), TestCity.Day.AddHours(11), TestCity.Day.AddHours(12));

    // The day is planned once for the class: each test re-plans it after its own disruption.
    private static readonly Lazy<(RoutingModel Model, RoutePlan Plan)> Day = new(PlanTheDay);

    [Fact]
    public void After_lunch_a_breakdown_re_plans_without_the_lunch_taken_and_with_what_is_left_of_the_limits()
    {
        var (model, plan) = PlannedDay();
        var trucks = model.Vehicles;

        var afterLunch = plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Break).Max(v => v.Departure).AddMinutes(1);
        var survivor = plan.Routes.First(r => r.Visits.Any(v => v.Kind == VisitKind.Stop && v.Departure > afterLunch));
        var broken = trucks.First(t => t.Id != survivor.VehicleId);
        var replan = RePlanner.After(model, plan, new VehicleOutOfService(broken.Id, afterLunch));

        var rest = Assert.Single(replan.Model.Vehicles);
        var done = survivor.Visits.Where(v => v.Departure <= afterLunch).ToList();
        Assert.Null(rest.Break);
        Assert.Equal(14 - done.Count(v => v.Kind == VisitKind.Stop), rest.MaxStops);
        Assert.Equal(3600 - 240 * done.Count(v => v.Kind == VisitKind.Stop) + done.Last().OnBoard.Litres, rest.DailyVolumeLimit!.Value, 6);
        var (again, recheck) = ModelPlanning.PlanAndCheck(replan.Model, iterations: 200);
        Assert.True(recheck.IsFeasible || !again.IsFeasible, string.Join("; ", recheck.Violations));
        Assert.DoesNotContain(again.Routes.SelectMany(r => r.Visits), v => v.Kind == VisitKind.Break);
    }

    [Fact]
    public void A_breakdown_while_a_crew_is_at_lunch_re_plans_it_after_its_lunch_without_another()
    {
        var (model, plan) = PlannedDay();
        var (eating, lunch) = plan.Routes.Select(r => (Route: r, Lunch: r.Visits.Single(v => v.Kind == VisitKind.Break)))
            .First(p => p.Route.Visits.Any(v => v.Kind == VisitKind.Stop && v.ServiceStart > p.Lunch.Departure));
        var during = lunch.ServiceStart.AddMinutes(20);
        var broken = model.Vehicles.First(v => v.Id != eating.VehicleId);

        var replan = RePlanner.After(model, plan, new VehicleOutOfService(broken.Id, during));

        var rest = Assert.Single(replan.Model.Vehicles);
        Assert.Null(rest.Break);
        Assert.Equal(lunch.Departure, rest.Shift.Start);
        var (again, check) = ModelPlanning.PlanAndCheck(replan.Model, iterations: 200);
        Assert.True(check.IsFeasible || !again.IsFeasible, string.Join("; ", check.Violations));
        Assert.DoesNotContain(again.Routes.SelectMany(r => r.Visits), v => v.Kind == VisitKind.Break);
    }

    [Fact]
    public void A_skip_reported_after_the_planned_lunch_gives_no_second_lunch_to_a_crew_whose_last_report_is_before_it()
    {
        var (model, plan) = PlannedDay();
        var route = plan.Routes.First(r => r.Visits.Count(v => v.Kind == VisitKind.Stop && v.ServiceStart > r.Visits.Single(b => b.Kind == VisitKind.Break).Departure) >= 2);
        var lunch = route.Visits.Single(v => v.Kind == VisitKind.Break);
        var before = route.Visits.Where(v => v.Kind == VisitKind.Stop && v.Departure <= lunch.ServiceStart).Select(v => v.Id).ToList();
        var skipped = route.Visits.Last(v => v.Kind == VisitKind.Stop).Id;
        var progress = new CrewProgress(new Dictionary<string, IReadOnlyList<string>> { [route.VehicleId] = before });

        var replan = RePlanner.After(model, plan, new StopSkipped(skipped, lunch.Departure.AddMinutes(10), "blocked"), progress);

        Assert.All(replan.Model.Vehicles, v => Assert.Null(v.Break));
        var (again, _) = ModelPlanning.PlanAndCheck(replan.Model, iterations: 200);
        Assert.DoesNotContain(again.Routes.SelectMany(r => r.Visits), v => v.Kind == VisitKind.Break);
    }

    private static (RoutingModel Model, RoutePlan Plan) PlannedDay() => Day.Value;

    // Two trucks with a lunch from 11:00 to 12:00, limits on volume and stops, twenty stops of half an hour.
    private static (RoutingModel Model, RoutePlan Plan) PlanTheDay()
    {
        var trucks = new[] { "truck-1", "truck-2" }.Select(id => TestCity.Truck(id, 1000, 1000, "residual") with
        {
            MaxDisposalTrips = 6,
            UnloadBeforeReturn = true,
            Break = Lunch,
            Shift = TestCity.Shift(6, 18),
            DailyVolumeLimit = 3600,
            MaxStops = 14,
        }).ToList();
        var stops = TestCity.Stops(20, "residual").Select(s => s with { ServiceTime = TimeSpan.FromMinutes(30) }).ToList();
        var model = TestCity.Model(trucks, stops, landfill: true);
        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 400);
        ModelPlanning.AssertFeasible(plan, check);
        return (model, plan);
    }
}
