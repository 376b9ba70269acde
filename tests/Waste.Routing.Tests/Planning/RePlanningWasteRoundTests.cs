using Waste.Routing.Modelling;
using Waste.Routing.Planning;
using Waste.Routing.Tests.Modelling;

namespace Waste.Routing.Tests.Planning;

/// <summary>Re-planning in the afternoon keeps the rest of the day's rules: a lunch taken is behind the crew, the stops
/// served and volume collected count against the truck's limits, and a truck standing after its lunch starts from the
/// last place it stood.</summary>
public class RePlanningWasteRoundTests
{
    [Fact]
    public void After_lunch_a_breakdown_re_plans_without_the_lunch_taken_and_with_what_is_left_of_the_limits()
    {
        var lunch = new CrewBreak(TimeSpan.FromHours(1), TestCity.Day.AddHours(11), TestCity.Day.AddHours(12));
        var trucks = new[] { "truck-1", "truck-2" }.Select(id => TestCity.Truck(id, 1000, 1000, "residual") with
        {
            MaxDisposalTrips = 6,
            UnloadBeforeReturn = true,
            Break = lunch,
            Shift = TestCity.Shift(6, 18),
            DailyVolumeLimit = 3600,
            MaxStops = 14,
        }).ToList();
        var stops = TestCity.Stops(20, "residual").Select(s => s with { ServiceTime = TimeSpan.FromMinutes(30) }).ToList();
        var model = TestCity.Model(trucks, stops, landfill: true);
        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 400);
        ModelPlanning.AssertFeasible(plan, check);

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
}
