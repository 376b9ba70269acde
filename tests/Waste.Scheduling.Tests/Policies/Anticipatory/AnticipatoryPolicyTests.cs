using CsCheck;
using Waste.Scheduling.Policies.Anticipatory;
using Waste.Routing.Modelling;
using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Scheduling.Tests.Policies.Anticipatory;

public class AnticipatoryPolicyTests
{
    private static readonly CollectionRouteOptimiser Optimiser = new(new GreatCircleTravelProvider(1.35, 22));
    private static readonly AnticipatoryOptions Options = new() { HorizonDays = 3 };

    private static async Task<ChosenDay> PlanAsync(TestDepot depot, IReadOnlyList<BinOutlook> bins, int iterations = 20)
    {
        var plan = new AnticipatoryPolicy(Options).Plan(depot.Day(), bins);
        var solved = await Optimiser.PlanAsync(plan.Model, new SolverOptions { Seed = 1, MaxIterations = iterations });
        return plan.Choose(solved);
    }

    [Fact]
    public async Task The_day_keeps_its_own_trucks_and_sites_by_their_names_and_every_bin_has_a_decision()
    {
        var depot = new TestDepot([TestDepot.Truck("res-1"), TestDepot.Truck("res-2")]);
        var bins = Enumerable.Range(0, 30).Select(i => TestDepot.Bin($"bin-{i:00}", 3 * i, 25 + i, index: i)).ToList();

        var day = await PlanAsync(depot, bins);

        Assert.Equal(["res-1", "res-2"], day.Model.Vehicles.Select(v => v.Id));
        Assert.Equal(TestDepot.At(TestDepot.Monday, 5), day.Model.Vehicles[0].Shift.Start);
        Assert.All(day.Plan.Routes, r => Assert.Contains(r.VehicleId, new[] { "res-1", "res-2" }));
        Assert.All(day.Plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Disposal), v => Assert.Equal("landfill", v.Id));
        Assert.Equal(bins.Select(b => b.BinId).Order(), day.Decisions.Select(d => d.BinId).Order());
        var onRoutes = day.Plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Stop).Select(v => v.Id).ToHashSet();
        Assert.All(day.Decisions, d => Assert.Equal(onRoutes.Contains(d.BinId), d.Verdict is BinVerdict.MustGo or BinVerdict.MayGo));
        Assert.All(day.Decisions.Where(d => d.Rule == DecisionRule.PlannedLater), d => Assert.True(d.PlannedFor > TestDepot.Monday));
    }

    [Fact]
    public void Yesterdays_single_day_routes_start_the_first_day_and_a_horizons_routes_keep_their_days()
    {
        var depot = new TestDepot([TestDepot.Truck("res-1")]);
        var plan = new AnticipatoryPolicy(Options).Plan(depot.Day(), [TestDepot.Bin("bin-00", 60, 30)]);
        var at = TestDepot.At(TestDepot.Monday, 5);
        var usual = new RoutePlan
        {
            Routes = [new VehicleRoute("res-1", at, at, 0, []), new VehicleRoute("res-1@2026-12-08", at, at, 0, [])],
            Unserved = [],
            Cost = 0,
            IsFeasible = true,
        };

        var start = plan.StartFrom(usual)!;

        Assert.Equal(["res-1@2026-12-07", "res-1@2026-12-08"], start.Routes.Select(r => r.VehicleId));
        Assert.Null(plan.StartFrom(null));
    }

    [Fact]
    public async Task When_nothing_is_due_for_days_the_trucks_stay_home_today()
    {
        var depot = new TestDepot([TestDepot.Truck("res-1")]);
        // 40 % full and 15 points a day: worth a visit from Monday evening, due from Thursday: nothing needs Monday.
        var bins = Enumerable.Range(0, 12).Select(i => TestDepot.Bin($"bin-{i:00}", 40, 15, band: 2, index: i)).ToList();

        var day = await PlanAsync(depot, bins);

        Assert.Empty(day.Plan.Routes);
        Assert.All(day.Decisions, d => Assert.Equal(BinVerdict.Waits, d.Verdict));
    }

    [Fact]
    public void A_bin_due_in_the_must_go_days_must_go_and_one_due_later_in_the_horizon_may_go_at_the_due_later_prize()
    {
        var depot = new TestDepot([TestDepot.Truck("res-1")]);
        // Read at 04:00 on Monday. Due (90 %) on Tuesday at 10:00, inside the first two days' shifts; on Wednesday at
        // 08:30, inside the horizon's third day; and on Thursday, after the horizon.
        var tuesday = TestDepot.Bin("tuesday", 70, 16, band: 0);
        var wednesday = TestDepot.Bin("wednesday", 55, 16, band: 0, index: 1);
        var thursday = TestDepot.Bin("thursday", 50, 10, band: 0, index: 2);

        var plan = new AnticipatoryPolicy(Options).Plan(depot.Day(), [tuesday, wednesday, thursday]);

        var stops = plan.Model.Stops.ToDictionary(s => s.Id);
        Assert.True(stops["tuesday"].Mandatory);
        Assert.False(stops["wednesday"].Mandatory);
        Assert.Equal(Options.DueLaterPrizeKm, stops["wednesday"].SkipPenalty);
        Assert.False(stops["thursday"].Mandatory);
        Assert.True(stops["thursday"].SkipPenalty < Options.PassingByKm);
        Assert.Equal(
            [(BinVerdict.MustGo, DecisionRule.Due), (BinVerdict.MayGo, DecisionRule.Due), (BinVerdict.MayGo, DecisionRule.PassingBy)],
            plan.Decisions.OrderBy(d => d.DueAt).Select(d => (d.Verdict, d.Rule)));

        var everyDay = new AnticipatoryPolicy(Options with { MustGoDays = 3 }).Plan(depot.Day(), [tuesday, wednesday, thursday]);
        Assert.True(everyDay.Model.Stops.Single(s => s.Id == "wednesday").Mandatory);
    }

    [Fact]
    public async Task A_must_go_bin_is_never_left_out_of_a_feasible_plan()
    {
        var bins = Gen.Select(Gen.Double[0, 100], Gen.Double[5, 80], Gen.Double[0, 20]).Array[1, 25];
        await bins.SampleAsync(async sample =>
        {
            var depot = new TestDepot([TestDepot.Truck("res-1", litres: 4_000), TestDepot.Truck("res-2", litres: 4_000)]);
            var outlooks = sample.Select((b, i) => TestDepot.Bin($"bin-{i:00}", b.Item1, b.Item2, b.Item3, index: i)).ToList();
            var day = await PlanAsync(depot, outlooks, iterations: 5);
            var nextVisit = depot.Day().NextPossibleVisit;
            var onRoutes = day.Plan.Routes.SelectMany(r => r.Visits).Where(v => v.Kind == VisitKind.Stop).Select(v => v.Id).ToHashSet();
            foreach (var bin in outlooks.Where(b => b.Projection.TimeToReach(Options.DuePercent).Soonest < nextVisit))
            {
                Assert.True(!day.Plan.IsFeasible || onRoutes.Contains(bin.BinId), $"{bin.BinId} is due before tomorrow and left out of a feasible plan");
                Assert.Contains(day.Model.Stops, s => s.Id == bin.BinId && s.Mandatory);
            }
        }, iter: 25);
    }
}
