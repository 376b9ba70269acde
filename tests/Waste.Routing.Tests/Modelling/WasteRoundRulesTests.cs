using Waste.Routing.Checking;
using Waste.Routing.Modelling;

namespace Waste.Routing.Tests.Modelling;

/// <summary>A real waste round's rules in the city model: unload before returning, the crew's lunch, a daily volume
/// across trips, a stop limit. The solver keeps them; the plan checker, which shares no code with it, catches a plan
/// that breaks them.</summary>
public class WasteRoundRulesTests
{
    private static readonly CrewBreak Lunch = new(TimeSpan.FromHours(1), TestCity.Day.AddHours(11), TestCity.Day.AddHours(12));

    private static Vehicle Truck(string id) => TestCity.Truck(id, 1000, 1000, "residual") with
    {
        MaxDisposalTrips = 6,
        UnloadBeforeReturn = true,
        Break = Lunch,
        Shift = TestCity.Shift(6, 16),
    };

    [Fact]
    public void Trucks_unload_last_take_lunch_in_its_window_and_keep_the_daily_volume_and_stop_limits()
    {
        var trucks = new[] { Truck("truck-1") with { DailyVolumeLimit = 2400, MaxStops = 9 }, Truck("truck-2") with { DailyVolumeLimit = 2400, MaxStops = 9 } };
        var stops = TestCity.Stops(16, "residual").Select(s => s with { ServiceTime = TimeSpan.FromMinutes(25) }).ToList();
        var model = TestCity.Model(trucks, stops, landfill: true);
        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 600);
        ModelPlanning.AssertFeasible(plan, check);
        Assert.Empty(check.UnservedMandatory);
        foreach (var route in plan.Routes)
        {
            Assert.InRange(route.Visits.Count(v => v.Kind == VisitKind.Stop), 1, 9);
            Assert.True(route.Visits.Where(v => v.Kind == VisitKind.Stop).Count() * 240 <= 2400);
            Assert.Equal(VisitKind.Disposal, route.Visits.Last(v => v.Kind != VisitKind.Break).Kind);
            var lunch = Assert.Single(route.Visits, v => v.Kind == VisitKind.Break);
            Assert.InRange(lunch.ServiceStart, Lunch.EarliestStart, Lunch.LatestStart);
            Assert.Equal(Lunch.Duration, lunch.Departure - lunch.ServiceStart);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_plan_never_unloads_twice_in_a_row(int seed)
    {
        // Many small trips allowed: a second unloading right after the first saves nothing and must not stay.
        var trucks = new[] { Truck("truck-1") with { Capacity = new Load(600, 600) }, Truck("truck-2") with { Capacity = new Load(600, 600) } };
        var stops = TestCity.Stops(18, "residual", seed: seed);
        var model = TestCity.Model(trucks, stops, landfill: true);
        var (plan, check) = ModelPlanning.PlanAndCheck(model, iterations: 300, seed: seed);
        ModelPlanning.AssertFeasible(plan, check);
        foreach (var route in plan.Routes)
        {
            var places = route.Visits.Where(v => v.Kind != VisitKind.Break).ToList();
            Assert.True(places.Count(v => v.Kind == VisitKind.Disposal) >= 2, "the test needs trucks that unload more than once");
            for (var k = 1; k < places.Count; k++)
            {
                Assert.False(places[k].Kind == VisitKind.Disposal && places[k - 1].Kind == VisitKind.Disposal, $"{route.VehicleId} unloads twice in a row at visit {k}");
            }

            Assert.NotEqual(VisitKind.Disposal, places[0].Kind);
        }
    }

    [Fact]
    public void A_lunch_costs_time_not_distance()
    {
        var stops = TestCity.Stops(6, "residual");
        var without = ModelPlanning.PlanAndCheck(TestCity.Model([Truck("truck-1") with { Break = null }], stops, landfill: true), iterations: 200);
        var with = ModelPlanning.PlanAndCheck(TestCity.Model([Truck("truck-1")], stops, landfill: true), iterations: 200);
        ModelPlanning.AssertFeasible(without.Plan, without.Check);
        ModelPlanning.AssertFeasible(with.Plan, with.Check);
        Assert.Equal(without.Plan.Routes[0].DistanceKm, with.Plan.Routes[0].DistanceKm, 6);
    }

    [Fact]
    public async Task The_checker_catches_a_plan_that_returns_full_skips_lunch_or_passes_its_limits()
    {
        var truck = Truck("truck-1") with { DailyVolumeLimit = 500, MaxStops = 2 };
        var stops = TestCity.Stops(3, "residual");
        var model = TestCity.Model([truck], stops, landfill: true);
        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(model));
        var at = TestCity.Day.AddHours(7);
        var visits = stops.Select((s, i) => new PlannedVisit(VisitKind.Stop, s.Id, at.AddMinutes(10 * i), at.AddMinutes(10 * i), at.AddMinutes(10 * i + 2), new Load(240 * (i + 1), 60 * (i + 1)))).ToList();
        var plan = new RoutePlan
        {
            Routes = [new VehicleRoute(truck.Id, at, at.AddHours(2), 10, visits)],
            Unserved = [],
            Cost = 0,
            IsFeasible = true,
        };
        var report = RoutePlanChecker.Check(model, matrix, plan);
        Assert.Contains(report.Violations, v => v.Contains("more than 2 stops", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("more than its limit of 500 L", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("instead of unloading first", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("takes 0 breaks, not one", StringComparison.Ordinal));

        var late = plan with
        {
            Routes = [plan.Routes[0] with { Visits = [visits[0], new PlannedVisit(VisitKind.Break, "break", at.AddHours(6), at.AddHours(6), at.AddHours(7), visits[0].OnBoard)] }],
        };
        Assert.Contains(RoutePlanChecker.Check(model, matrix, late).Violations, v => v.Contains("starts its break at 13:00, after 12:00", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_break_or_limit_is_refused_by_name()
    {
        var model = TestCity.Model([Truck("truck-1") with { MaxStops = -1 }, Truck("truck-2") with { Break = Lunch with { LatestStart = Lunch.EarliestStart.AddHours(-1) } }], TestCity.Stops(2, "residual"), landfill: true);
        var problems = ModelValidator.Structural(model);
        Assert.Contains(problems, p => p.Subject == "truck-1" && p.Reason.Contains("invalid break, stop limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Subject == "truck-2");
    }
}
