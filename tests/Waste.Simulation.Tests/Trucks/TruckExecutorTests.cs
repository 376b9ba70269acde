using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Waste.Grains.Planning;
using Waste.Registry;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Devices;
using Waste.Simulation.Faults;
using Waste.Simulation.Kpis;
using Waste.Simulation.Models;
using Waste.Simulation.Run;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.Tests.Trucks;

/// <summary>
/// The truck executor on a real cloud's plans: twelve 1,100 L bins, nine tenths full, around the Thu Dau Mot depot,
/// and one 3 m3 truck, so the day needs several trips to Nam Binh Duong. Each test starts its own cloud; the bins
/// report once (their first wake) before the day is planned.
/// </summary>
public sealed class TruckExecutorTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private static readonly DateTimeOffset Begin = LocalTime.At(Day, TimeSpan.Zero);
    private static readonly RoadModel Roads = new();

    private readonly FakeTimeProvider _clock = new(Begin);
    private readonly VirtualCity _city;
    private EmbeddedCloud _cloud = null!;
    private CityDevices _devices = null!;

    public TruckExecutorTests()
    {
        var depot = BinhDuong.Depots[0];
        var bins = Enumerable.Range(1, 12).Select(i => new CityBin(
            $"tx-{i:D2}", depot.Latitude + 0.004 * Math.Cos(i), depot.Longitude + 0.004 * Math.Sin(i), "Phú Cường", "Thủ Dầu Một",
            LandUse.Residential, WasteStream.Residual, 1100, FillRateProfile.DailyFill(LandUse.Residential), FillModel.Legacy)).ToList();
        var site = BinhDuong.DisposalSite;
        _city = new VirtualCity(bins, [], new FleetConfiguration
        {
            Depots = [new DepotSpec(depot.Id, depot.Name, depot.Latitude, depot.Longitude)],
            DisposalSites = [new DisposalSiteSpec(site.Id, site.Name, site.Latitude, site.Longitude, [WasteStream.Residual], TimeSpan.FromMinutes(15), TimeSpan.Zero, new TimeSpan(23, 59, 0))],
            Vehicles = [TruckModel.SmallTruck("small-1", depot.Id, WasteStream.Residual) with { MaxDisposalTrips = 6 }],
        });
    }

    private string Depot => _city.Fleet.Depots[0].Id;

    public async Task InitializeAsync()
    {
        var settings = new SimulationOptions { PlannerIterations = 50, PlannerSeconds = 10, City = new CityOptions { Seed = 1 } }.CloudSettings;
        _cloud = await EmbeddedCloud.StartAsync(_clock, [.. settings, "--Logging:LogLevel:Default=Warning"]);
        _devices = await CityDevices.CreateAsync(_city, _cloud, new FaultSchedule([]), _clock, 1, CancellationToken.None, _ => 0.9);
        await _cloud.Api.PutFleetAsync(_city.Fleet, CancellationToken.None);
        // Bins power on within their first half hour and report at their first wake.
        _clock.SetUtcNow(Begin.AddMinutes(30));
        using var threads = new DeviceThreads(4);
        _devices.RunUntil(_clock.GetUtcNow(), threads);
        _clock.SetUtcNow(LocalTime.At(Day, TimeSpan.FromHours(4)));
    }

    public async Task DisposeAsync()
    {
        _devices.Dispose();
        await _cloud.DisposeAsync();
    }

    private async Task<(KpiLedger Ledger, TruckExecutor Executor)> DriveTheDayAsync(FaultSchedule faults, CrewRules rules, FleetConfiguration? fleet = null, IDispatch? dispatch = null)
    {
        fleet ??= _city.Fleet;
        await _cloud.Api.PutFleetAsync(fleet, CancellationToken.None);
        var ledger = new KpiLedger();
        var executor = new TruckExecutor(fleet, _devices.Contents, faults, dispatch ?? new ApiDispatch(_cloud.Api), ledger, Roads, rules, 1);
        executor.Start(await _cloud.Api.PlanAsync(Depot, Day, SelectionPolicy.Daily, CancellationToken.None));
        var end = LocalTime.At(Day, TimeSpan.FromHours(23));
        await executor.RunUntilAsync(end, CancellationToken.None);
        Assert.False(executor.AnyOut, string.Join("; ", executor.Trucks.Where(t => t.IsOut).Select(t =>
            $"{t.Vehicle.Id} out, free at {t.FreeAt:u}, next: {string.Join(",", t.Remaining.Select(s => s.IsBreak ? "lunch" : s.Id))}")));
        executor.FinishDays(end);
        return (ledger, executor);
    }

    private static CrewRules Calm => new() { BlockedShare = 0, BreakdownShare = 0 };

    [Fact]
    public async Task A_truck_never_carries_more_than_its_body_and_goes_to_unload_as_often_as_its_load_needs()
    {
        var (ledger, _) = await DriveTheDayAsync(new FaultSchedule([]), Calm);

        Assert.Equal(12, ledger.Collections);
        Assert.All(_devices.Contents.Values, c => Assert.True(c.Litres < 50, $"{c.Bin.Id} still holds {c.Litres} L"));
        Assert.InRange(ledger.CollectedLitres, 12 * 990, 12 * 1100);
        Assert.True(ledger.DisposalTrips >= Math.Ceiling(ledger.CollectedLitres / TruckModel.SmallTruckLitres), $"{ledger.DisposalTrips} trips for {ledger.CollectedLitres} L");
        Assert.Equal(0, ledger.MissedPickups);
        Assert.InRange(ledger.AverageFill(), 89, 100);
        var streams = ledger.ByStream.Values.ToList();
        Assert.Equal(ledger.TruckKm, streams.Sum(s => s.TruckKm), 6);
        Assert.Equal(ledger.TruckDays, streams.Sum(s => s.TruckDays));
        Assert.Equal(ledger.DisposalTrips, streams.Sum(s => s.DisposalTrips));
        Assert.Equal(ledger.CollectedLitres, streams.Sum(s => s.CollectedLitres), 6);
        Assert.All(ledger.ByStream.Keys, k => Assert.Contains(k, _city.Fleet.Vehicles.Select(v => string.Join(" + ", v.Streams.Order()))));
    }

    [Fact]
    public async Task The_crew_takes_its_lunch_where_the_plan_puts_it_and_the_truck_unloads_before_the_depot()
    {
        // A compactor takes the twelve bins in one trip, so its day (lunch included) fits the shift.
        var compactor = TruckModel.Compactor("compactor-1", Depot, WasteStream.Residual) with { Lunch = TruckModel.Lunch, UnloadBeforeReturn = true };
        var fleet = _city.Fleet with { Vehicles = [compactor] };
        var (ledger, _) = await DriveTheDayAsync(new FaultSchedule([]), Calm, fleet);

        Assert.Equal(1, ledger.LunchBreaks);
        Assert.Equal(0.5, ledger.LunchHours, 6);
        Assert.Equal(12, ledger.Collections);
        Assert.Equal(0, ledger.MissedPickups);
        Assert.True(ledger.TruckHours > ledger.LunchHours);
        var plan = await _cloud.Api.GetPlanAsync(Depot, Day, CancellationToken.None);
        var route = Assert.Single(plan.Routes);
        var lunch = Assert.Single(route.Stops, s => s.IsBreak);
        Assert.InRange(lunch.Departure - TruckModel.Lunch.Duration, LocalTime.At(Day, TruckModel.Lunch.EarliestStart), LocalTime.At(Day, TruckModel.Lunch.LatestStart));
        Assert.True(route.Stops.Last(s => !s.IsBreak).IsDisposal, "the route ends at the disposal site before the depot");
    }

    [Fact]
    public async Task A_trucks_hours_are_its_driving_at_the_road_speed_plus_a_service_time_per_bin_and_an_unloading_per_trip()
    {
        var (ledger, _) = await DriveTheDayAsync(new FaultSchedule([]), Calm);

        var expected = ledger.TruckKm / Roads.AverageSpeedKmh + ledger.Collections * 1.5 / 60 + ledger.DisposalTrips * 0.25;
        Assert.Equal(expected, ledger.TruckHours, 6);
        // Thu Dau Mot to Nam Binh Duong is about 18 km of road: each trip there and back shows in the kilometres.
        Assert.True(ledger.TruckKm > ledger.DisposalTrips * 2 * 15, $"{ledger.TruckKm} km for {ledger.DisposalTrips} trips");
        Assert.Equal(ledger.TruckKm * TruckModel.SmallTruckLitresPerKm, ledger.FuelLitres, 6);
    }

    [Fact]
    public async Task A_knocked_over_bin_is_skipped_as_damaged_the_cloud_re_plans_and_the_bin_counts_as_missed()
    {
        var damaged = _city.Bins[4].Id;
        var faults = new FaultSchedule([new Fault(FaultKind.Vandalism, damaged, Begin, Begin.AddDays(2))]);

        var (ledger, _) = await DriveTheDayAsync(faults, Calm);

        Assert.Equal(1, ledger.Skips);
        Assert.Equal(11, ledger.Collections);
        Assert.Equal(1, ledger.MissedPickups);
        Assert.True(_devices.Contents[damaged].Litres >= 990);
        var plan = await _cloud.Api.Http.GetFromJsonAsync<CollectionPlanView>($"/api/plans/{Depot}/2026-12-01", CloudApi.Json);
        var stop = plan!.Routes.SelectMany(r => r.Stops).Single(s => s.Id == damaged);
        Assert.Equal(StopStatus.Skipped, stop.Status);
        Assert.Equal("bin_damaged", stop.SkipReason);
        Assert.True(plan.Version >= 2);
    }

    [Fact]
    public async Task Collected_stops_are_reported_one_after_another_all_before_a_skip_and_before_the_drive_returns()
    {
        var damaged = _city.Bins[4].Id;
        var faults = new FaultSchedule([new Fault(FaultKind.Vandalism, damaged, Begin, Begin.AddDays(2))]);
        var dispatch = new RecordedDispatch(new ApiDispatch(_cloud.Api));

        var (ledger, _) = await DriveTheDayAsync(faults, Calm, dispatch: dispatch);

        Assert.Equal(11, ledger.Collections);
        Assert.Equal(0, dispatch.InFlight);
        Assert.Equal(1, dispatch.MostInFlight);
        var skipAt = dispatch.Calls.IndexOf($"skipped {damaged}");
        Assert.True(skipAt > 0, string.Join(", ", dispatch.Calls));
        Assert.Equal(dispatch.Calls.Take(skipAt).Count(c => c.StartsWith("collected ", StringComparison.Ordinal)), dispatch.Calls.Take(skipAt).Count(c => c.StartsWith("reported ", StringComparison.Ordinal)));
        var plan = await _cloud.Api.GetPlanAsync(Depot, Day, CancellationToken.None);
        Assert.Equal(11, plan.Routes.SelectMany(r => r.Stops).Count(s => s.Status == StopStatus.Collected));
    }

    [Fact]
    public async Task A_truck_that_breaks_down_stops_the_cloud_re_plans_its_bins_onto_the_other_and_no_bin_is_lost()
    {
        var first = _city.Fleet.Vehicles[0];
        var fleet = _city.Fleet with { Vehicles = [first, first with { Id = "small-2" }] };
        // Breakdowns are drawn per truck and day from the seed: a share between the two trucks' draws breaks one.
        var draws = fleet.Vehicles.Select(v => (v.Id, Draw: CounterNoise.Uniform(1, v.Id.GetStableIndex(), 2L * Day.DayNumber))).OrderBy(d => d.Draw).ToList();
        var broken = draws[0].Id;

        var (ledger, _) = await DriveTheDayAsync(new FaultSchedule([]), Calm with { BreakdownShare = (draws[0].Draw + draws[1].Draw) / 2 }, fleet);

        Assert.Equal(1, ledger.Breakdowns);
        Assert.Equal(0, ledger.RePlansRefused);
        Assert.Equal(12, ledger.Collections + ledger.MissedPickups);
        var plan = await _cloud.Api.Http.GetFromJsonAsync<CollectionPlanView>($"/api/plans/{Depot}/2026-12-01", CloudApi.Json);
        Assert.DoesNotContain(plan!.Routes.Where(r => r.VehicleId == broken).SelectMany(r => r.Stops), s => s.Status == StopStatus.Planned && !s.IsDisposal);
        Assert.Contains(plan.Routes.Where(r => r.VehicleId != broken).SelectMany(r => r.Stops), s => s.Status == StopStatus.Collected);
    }

    // The real dispatcher, with the order its calls start and end in, and how many overlap.
    private sealed class RecordedDispatch(IDispatch inner) : IDispatch
    {
        private readonly Lock _gate = new();

        public List<string> Calls { get; } = [];

        public int InFlight { get; private set; }

        public int MostInFlight { get; private set; }

        public async Task CollectedAsync(string depot, DateOnly day, string truck, string bin, CancellationToken cancellationToken)
        {
            Record($"collected {bin}", +1);
            await inner.CollectedAsync(depot, day, truck, bin, cancellationToken);
            Record($"reported {bin}", -1);
        }

        public Task<CollectionPlanView> SkippedAsync(string depot, DateOnly day, string truck, string bin, string reason, CancellationToken cancellationToken)
        {
            Record($"skipped {bin}", 0);
            return inner.SkippedAsync(depot, day, truck, bin, reason, cancellationToken);
        }

        public Task<CollectionPlanView> CurrentAsync(string depot, DateOnly day, CancellationToken cancellationToken) => inner.CurrentAsync(depot, day, cancellationToken);

        public Task<CollectionPlanView> OutOfServiceAsync(string depot, DateOnly day, string truck, CancellationToken cancellationToken) =>
            inner.OutOfServiceAsync(depot, day, truck, cancellationToken);

        private void Record(string call, int inFlight)
        {
            lock (_gate)
            {
                Calls.Add(call);
                InFlight += inFlight;
                MostInFlight = Math.Max(MostInFlight, InFlight);
            }
        }
    }
}
