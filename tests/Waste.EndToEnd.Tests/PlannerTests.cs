using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Waste.Grains.Planning;
using Waste.Registry;
using Waste.Simulation.Devices;

namespace Waste.EndToEnd.Tests;

/// <summary>A depot's collection day through the API: bins report, the dispatcher sets the fleet and plans, crews
/// report stops, a truck breaks down.</summary>
public sealed class PlannerTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static int cities;

    /// <summary>
    /// A town of its own for one test, about 30 km from any other so each bin's nearest depot is the town's: 24 bins
    /// of 240 L within about 2 km of the depot, every fourth one recyclable, each reporting the last day's fill at
    /// its own rate (some nearly full, some nearly empty). The town's depot and two trucks join the fleet.
    /// </summary>
    private async Task<(string Depot, IReadOnlyList<DeviceCredentials> Bins, DateOnly Day)> CityAsync(string depot)
    {
        var latitude = 11.5 + 0.3 * Interlocked.Increment(ref cities);
        const double longitude = 106.65;
        var random = new Random(depot.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var devices = Enumerable.Range(1, 24).Select(i => new RegisteredDevice
        {
            Id = $"{depot}-{i:D2}",
            Kind = Waste.Telemetry.DeviceKind.Bin,
            PrimaryKey = DeviceKey.Generate(),
            Latitude = latitude + (random.NextDouble() - 0.5) * 0.03,
            Longitude = longitude + (random.NextDouble() - 0.5) * 0.03,
            Stream = i % 4 == 0 ? WasteStream.Recyclable : WasteStream.Residual,
            CapacityLitres = 240,
            Ward = "Phú Cường",
            District = "Thủ Dầu Một",
        }).ToList();
        await cloud.Registry.SaveAsync(devices);

        var now = cloud.Clock.GetUtcNow();
        foreach (var (device, index) in devices.Select((d, i) => (d, i)))
        {
            await using var bin = new RawDevice(new DeviceCredentials(device.Id, device.PrimaryKey, cloud.HubAddress), cloud.Clock);
            await bin.ConnectAsync();
            var rate = 0.5 + 3.2 * index / devices.Count;
            var readings = Enumerable.Range(0, 24).Select(h => (object)new
            {
                seq = h,
                t = TestTelemetry.Seconds(now.AddHours(h - 23)),
                fill_pct = Math.Min(100, 5 + rate * h),
            }).ToArray();
            await bin.PublishAsync($"devices/{device.Id}/messages/events/", TestTelemetry.Message(device.Id, "bin", now, readings));
        }

        var fleet = (await cloud.Http.GetFromJsonAsync<FleetConfiguration>("/api/fleet", Api))!;
        var put = await cloud.Http.PutAsJsonAsync("/api/fleet", fleet with
        {
            Depots = [.. fleet.Depots, new DepotSpec(depot, $"{depot} depot", latitude, longitude)],
            DisposalSites = fleet.DisposalSites.Count > 0 ? fleet.DisposalSites :
                [new DisposalSiteSpec("nam-binh-duong", "Nam Bình Dương complex", 11.1290, 106.5830, [WasteStream.Residual, WasteStream.Recyclable, WasteStream.Organic], TimeSpan.FromMinutes(15), TimeSpan.Zero, new TimeSpan(23, 59, 0))],
            Vehicles = [.. fleet.Vehicles, Truck(depot, 1, WasteStream.Residual), Truck(depot, 2, WasteStream.Residual, WasteStream.Recyclable)],
        }, Api);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        return (depot, [.. devices.Select(d => new DeviceCredentials(d.Id, d.PrimaryKey, cloud.HubAddress))], day);
    }

    private static VehicleSpec Truck(string depot, int number, params WasteStream[] streams) => new()
    {
        Id = $"{depot}-truck-{number}",
        DepotId = depot,
        CapacityLitres = 4000,
        CapacityKilograms = 3000,
        Streams = streams,
        Crew = [$"{depot}-crew-{number}"],
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<JsonElement> BinStops(JsonElement plan) =>
        plan.GetProperty("routes").EnumerateArray().SelectMany(r => r.GetProperty("stops").EnumerateArray()).Where(s => !s.GetProperty("isDisposal").GetBoolean());

    [Fact]
    public async Task A_forecast_plan_takes_the_bins_that_will_fill_on_trucks_that_collect_their_stream()
    {
        var (depot, bins, day) = await CityAsync("plan-f");

        var response = await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=forecast", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(plan.GetProperty("isFeasible").GetBoolean());
        var stops = BinStops(plan).ToList();
        var taken = stops.Select(s => s.GetProperty("id").GetString()!).ToHashSet();
        // The fastest-filling bins are past 80 % already; the slowest, at about 17 %, can wait.
        Assert.Contains(bins[^1].DeviceId, taken);
        Assert.Contains(bins[^2].DeviceId, taken);
        Assert.DoesNotContain(bins[0].DeviceId, taken);
        Assert.True(plan.GetProperty("leftOut").GetInt32() > 0);
        foreach (var route in plan.GetProperty("routes").EnumerateArray())
        {
            var truck = route.GetProperty("vehicleId").GetString();
            Assert.True(route.GetProperty("distanceKm").GetDouble() > 0);
            foreach (var stop in route.GetProperty("stops").EnumerateArray().Where(s => !s.GetProperty("isDisposal").GetBoolean()))
            {
                Assert.True(truck == $"{depot}-truck-2" || stop.GetProperty("stream").GetString() == "Residual", $"{truck} collects no {stop.GetProperty("stream")}");
            }
        }

        var stored = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{depot}/{Day(day)}");
        Assert.Equal(plan.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_daily_plan_takes_every_bin_and_crews_reports_and_a_breakdown_re_plan_the_rest()
    {
        var (depot, bins, day) = await CityAsync("plan-d");
        var plan = await (await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=daily", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(bins.Count, BinStops(plan).Count());

        var route1 = plan.GetProperty("routes").EnumerateArray().First(r => r.GetProperty("stops").EnumerateArray().Count(s => !s.GetProperty("isDisposal").GetBoolean()) >= 2);
        var truck = route1.GetProperty("vehicleId").GetString();
        var first = route1.GetProperty("stops").EnumerateArray().First(s => !s.GetProperty("isDisposal").GetBoolean()).GetProperty("id").GetString();
        var collected = await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{first}/collected", null);
        Assert.Equal(HttpStatusCode.OK, collected.StatusCode);
        var second = route1.GetProperty("stops").EnumerateArray().Where(s => !s.GetProperty("isDisposal").GetBoolean()).Skip(1).First().GetProperty("id").GetString();
        var skipped = await cloud.Http.PostAsJsonAsync($"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{second}/skipped", new { reason = "blocked" });
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        var afterSkip = await skipped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(plan.GetProperty("version").GetInt32() + 1, afterSkip.GetProperty("version").GetInt32());
        var reported = BinStops(afterSkip).ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal("Collected", reported[first!]);
        Assert.Equal("Skipped", reported[second!]);

        var broken = await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}/vehicles/{truck}/out-of-service", null);
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        var afterBreakdown = await broken.Content.ReadFromJsonAsync<JsonElement>();
        var brokenRoute = afterBreakdown.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("vehicleId").GetString() == truck);
        Assert.All(brokenRoute.GetProperty("stops").EnumerateArray(), s => Assert.NotEqual("Planned", s.GetProperty("status").GetString()));
        var stillPlanned = BinStops(afterBreakdown).Count(s => s.GetProperty("status").GetString() == "Planned");
        var unserved = afterBreakdown.GetProperty("unserved").GetArrayLength();
        Assert.Equal(bins.Count - 2, stillPlanned + unserved);
    }

    [Theory]
    [InlineData("policy=weekly", HttpStatusCode.BadRequest)]
    [InlineData("policy=daily&x=1", HttpStatusCode.NotFound)]
    public async Task A_bad_request_is_refused_with_its_reason(string query, HttpStatusCode expected)
    {
        var day = Day(DateOnly.FromDateTime(cloud.Clock.GetUtcNow().DateTime));
        var depot = expected == HttpStatusCode.NotFound ? "nowhere" : "any-depot";

        var response = await cloud.Http.PostAsync($"/api/plans/{depot}/{day}?{query}", null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_skip_needs_a_known_reason_and_a_stop_on_the_truck()
    {
        var (depot, _, day) = await CityAsync("plan-s");
        await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=daily", null);

        var badReason = await cloud.Http.PostAsJsonAsync($"/api/plans/{depot}/{Day(day)}/routes/{depot}-truck-1/stops/{depot}-01/skipped", new { reason = "lazy" });
        var notOnRoute = await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}/routes/{depot}-truck-1/stops/nobody/collected", null);

        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notOnRoute.StatusCode);
    }

    [Fact]
    public async Task Overlong_fleet_names_ids_and_crews_are_refused_each_with_its_reason_and_the_fleet_is_kept()
    {
        var before = await cloud.Http.GetStringAsync("/api/fleet");
        var fleet = new FleetConfiguration
        {
            Depots = [new DepotSpec("plan-long", new string('D', FleetLimits.MaxNameLength + 1), 10.98, 106.65), new DepotSpec(new string('i', 100_000), "Depot", 10.98, 106.65)],
            DisposalSites = [],
            Vehicles = [Truck("plan-long", 1, WasteStream.Residual) with { Crew = [new string('c', FleetLimits.MaxCrewNameLength + 1)] }],
        };

        var put = await cloud.Http.PutAsJsonAsync("/api/fleet", fleet, Api);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("fleet").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.Contains($"a name of at most {FleetLimits.MaxNameLength} characters", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"an id of 1 to {FleetLimits.MaxIdLength} characters", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"each a user name of 1 to {FleetLimits.MaxCrewNameLength} characters", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.True(e.Length < 300, e));
        Assert.Equal(before, await cloud.Http.GetStringAsync("/api/fleet"));
    }

    [Fact]
    public async Task A_crew_that_prefers_a_minimal_answer_gets_204_and_the_report_is_kept()
    {
        var (depot, _, day) = await CityAsync("plan-m");
        var plan = await (await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=daily", null)).Content.ReadFromJsonAsync<JsonElement>();
        var route = plan.GetProperty("routes").EnumerateArray().First(r => r.GetProperty("stops").GetArrayLength() > 0);
        var truck = route.GetProperty("vehicleId").GetString();
        var bin = route.GetProperty("stops").EnumerateArray().First(s => !s.GetProperty("isDisposal").GetBoolean()).GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{bin}/collected");
        request.Headers.Add("Prefer", "return=minimal");

        var response = await cloud.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("return=minimal", Assert.Single(response.Headers.GetValues("Preference-Applied")));
        var stored = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{depot}/{Day(day)}");
        Assert.Equal("Collected", BinStops(stored).Single(s => s.GetProperty("id").GetString() == bin).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Each_report_shows_on_its_own_stop_and_no_other_through_a_re_plan()
    {
        var (depot, _, day) = await CityAsync("plan-r");
        var plan = await (await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=daily", null)).Content.ReadFromJsonAsync<JsonElement>();
        var expected = new Dictionary<string, string>();

        // Every third stop of each truck collected, then one stop skipped (a re-plan), then one more collected.
        foreach (var (truck, bin) in Stops(plan).GroupBy(s => s.Truck).SelectMany(g => g.Where((_, i) => i % 3 == 0)))
        {
            Assert.Equal(HttpStatusCode.OK, (await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{bin}/collected", null)).StatusCode);
            expected[bin] = "Collected";
        }

        var (skipTruck, skipBin) = Stops(plan).First(s => !expected.ContainsKey(s.Bin));
        var skip = await cloud.Http.PostAsJsonAsync($"/api/plans/{depot}/{Day(day)}/routes/{skipTruck}/stops/{skipBin}/skipped", new { reason = "blocked" });
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        expected[skipBin] = "Skipped";
        var (lastTruck, lastBin) = Stops(await skip.Content.ReadFromJsonAsync<JsonElement>()).First(s => !expected.ContainsKey(s.Bin));
        Assert.Equal(HttpStatusCode.OK, (await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}/routes/{lastTruck}/stops/{lastBin}/collected", null)).StatusCode);
        expected[lastBin] = "Collected";

        var shown = BinStops(await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{depot}/{Day(day)}"))
            .Where(s => !s.GetProperty("isBreak").GetBoolean())
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString()!);
        Assert.True(expected.Count >= 10, $"{expected.Count} reports");
        Assert.Equal(expected.OrderBy(e => e.Key), shown.Where(s => s.Value != "Planned").OrderBy(s => s.Key));
    }

    // The bins on a plan's routes, truck by truck in route order.
    private static List<(string Truck, string Bin)> Stops(JsonElement plan) =>
    [
        .. plan.GetProperty("routes").EnumerateArray().SelectMany(r => r.GetProperty("stops").EnumerateArray()
            .Where(s => !s.GetProperty("isDisposal").GetBoolean() && !s.GetProperty("isBreak").GetBoolean() && s.GetProperty("status").GetString() == "Planned")
            .Select(s => (r.GetProperty("vehicleId").GetString()!, s.GetProperty("id").GetString()!))),
    ];

    [Fact]
    public async Task Each_morning_plan_becomes_the_depots_usual_routes_for_the_days_after()
    {
        var (depot, _, day) = await CityAsync("plan-u");
        var usual = cloud.Grains.GetGrain<IDepotRoutesGrain>(depot);
        Assert.Null(await usual.Recall(day));

        await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day)}?policy=daily", null);
        var first = await usual.Recall(day.AddDays(1));
        var next = await cloud.Http.PostAsync($"/api/plans/{depot}/{Day(day.AddDays(1))}?policy=daily", null);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Null(await usual.Recall(day.AddDays(-1)));
        var recalled = JsonSerializer.Deserialize<Waste.Routing.Modelling.RoutePlan>(first!, Waste.Routing.Modelling.RoutingJson.Options)!;
        Assert.Equal(24, recalled.Routes.SelectMany(r => r.Visits).Count(v => v.Kind == Waste.Routing.Modelling.VisitKind.Stop));
        Assert.NotEqual(first, await usual.Recall(day.AddDays(2)));
        // A plan made again for an earlier day does not replace a later day's routes.
        await usual.Remember(day, "{}", null);
        Assert.NotEqual("{}", await usual.Recall(day.AddDays(2)));
    }
}
