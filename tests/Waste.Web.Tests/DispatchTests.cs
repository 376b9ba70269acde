using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Grains.Planning;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The dispatcher's page: plan a depot's day with a policy, follow the trucks, re-plan after a breakdown, and
/// keep the fleet (crews, trucks in or out of service, the whole fleet as a file checked by the API).</summary>
[Collection(WebCollection.Name)]
public sealed class DispatchTests(WebFixture web)
{
    [Fact]
    public async Task The_dispatcher_plans_a_day_with_a_policy_and_sees_each_trucks_route()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-p", 10, ["crew-p1"], ["crew-p2"]);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await Assertions.Expect(page.Locator("[data-test=plan-message]")).ToHaveTextAsync("Ngày này của bãi xe chưa có kế hoạch.");

        await page.SelectOptionAsync("#plan-controls select[name=policy]", "daily");
        await page.ClickAsync("[data-action=plan]");

        await Assertions.Expect(page.Locator("[data-test=plan-version]")).ToContainTextAsync("Phiên bản 1");
        await Assertions.Expect(page.Locator("[data-test=plan-version]")).ToContainTextAsync("Hằng ngày");
        var plan = await town.PlanNowAsync(web.Cloud);
        Assert.Equal("Daily", plan.GetProperty("policy").GetString());
        var trucks = plan.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("vehicleId").GetString()!).ToList();
        Assert.Equal(town.Trucks.Order(StringComparer.Ordinal), trucks.Order(StringComparer.Ordinal));
        foreach (var route in plan.GetProperty("routes").EnumerateArray())
        {
            var row = page.Locator($"#routes tr[data-truck='{route.GetProperty("vehicleId").GetString()}']");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-planned", CollectionTown.BinStops(route).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Assertions.Expect(row).ToContainTextAsync(route.GetProperty("crew")[0].GetString()!);
            await Assertions.Expect(row).ToContainTextAsync(route.GetProperty("distanceKm").GetDouble().ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
        }

        await Assertions.Expect(page.Locator("#fill-map .stop-marker.status-planned")).ToHaveCountAsync(town.Bins.Count);
        Assert.Equal(0, await page.Locator("#fill-map img.leaflet-tile").CountAsync());
        await Screenshots.SaveAsync(page, "dispatch-plan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_truck_that_breaks_down_is_re_planned_onto_the_others()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-q", 8, ["crew-q1"], ["crew-q2"]);
        var before = await town.PlanAsync(web.Cloud);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        var broken = page.Locator($"#routes tr[data-truck='{town.Trucks[0]}']");

        await broken.Locator("button[data-action=breakdown]").ClickAsync();
        await broken.Locator("button[data-action=confirm-breakdown]").ClickAsync();

        var version = before.GetProperty("version").GetInt32() + 1;
        await Assertions.Expect(page.Locator("[data-test=plan-message]")).ToHaveTextAsync($"Đã lập lại kế hoạch: phiên bản {version}");
        await Assertions.Expect(broken).ToHaveAttributeAsync("data-planned", "0");
        var after = await town.PlanNowAsync(web.Cloud);
        Assert.Equal(version, after.GetProperty("version").GetInt32());
        Assert.DoesNotContain(CollectionTown.BinStops(CollectionTown.Route(after, town.Trucks[0])), s => s.GetProperty("status").GetString() == "Planned");
        var stillPlanned = CollectionTown.BinStops(CollectionTown.Route(after, town.Trucks[1])).Select(s => s.GetProperty("id").GetString()!);
        var unserved = after.GetProperty("unserved").EnumerateArray().Select(u => u.GetProperty("binId").GetString()!).ToList();
        Assert.Equal(town.Bins.Order(StringComparer.Ordinal), stillPlanned.Concat(unserved).Order(StringComparer.Ordinal));
        foreach (var bin in unserved)
        {
            await Assertions.Expect(page.Locator($"[data-test=unserved] li[data-bin='{bin}']")).ToBeVisibleAsync();
        }

        await Screenshots.SaveAsync(page, "dispatch-breakdown");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dispatcher_gives_a_truck_its_crew_and_takes_it_out_of_service_for_the_days_not_yet_planned()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-r", 6, ["crew-r1"], ["crew-r2"]);
        web.Cloud.AddAccount("crew-r3", Roles.Crew);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.ClickAsync("[data-tab=fleet]");
        var truck = page.Locator($"#trucks tr[data-truck='{town.Trucks[1]}']");

        await truck.Locator("input[name=crew]").FillAsync("crew-r2, crew-r3, nobody-here");
        await truck.Locator("button[data-action=save-crew]").ClickAsync();

        await Assertions.Expect(truck.Locator("[data-test=unknown-crew]")).ToContainTextAsync("nobody-here");
        Assert.Equal(["crew-r2", "crew-r3", "nobody-here"], (await FleetTruckAsync(town.Trucks[1])).Crew);

        await truck.Locator("button[data-action=take-out]").ClickAsync();

        await Assertions.Expect(truck).ToHaveAttributeAsync("data-available", "false");
        Assert.False((await FleetTruckAsync(town.Trucks[1])).Available);
        var tomorrow = town.Day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var plan = await (await web.Cloud.Api.PostAsync($"/api/plans/{town.Depot}/{tomorrow}?policy=daily", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(town.Trucks[1], plan.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("vehicleId").GetString()));
        await Screenshots.SaveAsync(page, "dispatch-fleet");

        await truck.Locator("button[data-action=put-back]").ClickAsync();
        await Assertions.Expect(truck).ToHaveAttributeAsync("data-available", "true");
        Assert.True((await FleetTruckAsync(town.Trucks[1])).Available);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dispatcher_sets_a_trucks_lunch_day_limits_and_unloading_and_the_form_refuses_what_cannot_be()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-s", 6, ["crew-s1"], ["crew-s2"]);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.ClickAsync("[data-tab=fleet]");
        var row = page.Locator($"#trucks tr[data-truck='{town.Trucks[0]}']");
        var rules = row.Locator("[data-test=truck-rules]");

        await rules.Locator("input[name=lunch]").CheckAsync();
        await rules.Locator("input[name=lunch-earliest]").FillAsync("11:00");
        await rules.Locator("input[name=lunch-latest]").FillAsync("12:00");
        await rules.Locator("input[name=lunch-minutes]").FillAsync("45");
        await rules.Locator("input[name=daily-litres]").FillAsync("9000");
        await rules.Locator("input[name=max-stops]").FillAsync("40");
        await rules.Locator("input[name=unload-before-return]").CheckAsync();
        await rules.Locator("button[data-action=save-rules]").ClickAsync();

        var saved = await TruckOnceAsync(town.Trucks[0], t => t.MaxStops == 40);
        Assert.Equal(new LunchBreakSpec(TimeSpan.FromHours(11), TimeSpan.FromHours(12), TimeSpan.FromMinutes(45)), saved.Lunch);
        Assert.Equal(9000, saved.DailyVolumeLitres);
        Assert.True(saved.UnloadBeforeReturn);
        Assert.Equal(["crew-s1"], saved.Crew);
        await Screenshots.SaveAsync(page, "dispatch-truck-rules");

        // A window that closes before it opens, then a lunch past the end of the shift (05:00-13:00), then no stop at all.
        await rules.Locator("input[name=lunch-latest]").FillAsync("10:30");
        await rules.Locator("button[data-action=save-rules]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-test=rules-status] [data-test=errors]")).ToContainTextAsync("Giờ bắt đầu nghỉ trưa muộn nhất sớm hơn giờ sớm nhất.");
        await rules.Locator("input[name=lunch-latest]").FillAsync("12:30");
        await rules.Locator("input[name=lunch-minutes]").FillAsync("60");
        await rules.Locator("button[data-action=save-rules]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-test=rules-status] [data-test=errors]")).ToContainTextAsync("Giờ nghỉ trưa phải bắt đầu và kết thúc trong ca làm của xe.");
        await rules.Locator("input[name=lunch-latest]").FillAsync("12:00");
        await rules.Locator("input[name=max-stops]").FillAsync("0");
        await rules.Locator("button[data-action=save-rules]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-test=rules-status] [data-test=errors]")).ToContainTextAsync("Điểm dừng mỗi ngày:");
        var unchanged = await FleetTruckAsync(town.Trucks[0]);
        Assert.Equal((saved.Lunch, saved.DailyVolumeLitres, saved.MaxStops), (unchanged.Lunch, unchanged.DailyVolumeLitres, unchanged.MaxStops));

        // No lunch and no limits: the truck's rules are cleared.
        await rules.Locator("input[name=lunch]").UncheckAsync();
        await rules.Locator("input[name=max-stops]").FillAsync("");
        await rules.Locator("input[name=daily-litres]").FillAsync("");
        await rules.Locator("input[name=unload-before-return]").UncheckAsync();
        await rules.Locator("button[data-action=save-rules]").ClickAsync();
        var cleared = await TruckOnceAsync(town.Trucks[0], t => t.Lunch is null);
        Assert.Equal((null, null, false), (cleared.DailyVolumeLitres, cleared.MaxStops, cleared.UnloadBeforeReturn));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_fleet_file_the_api_refuses_saves_nothing_and_the_page_lists_its_errors()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.ClickAsync("[data-tab=fleet]");
        var before = await web.Cloud.Api.GetStringAsync("/api/fleet");
        var wrong = new FleetConfiguration
        {
            Depots = [new DepotSpec("only", "Only depot", 10.9, 106.6)],
            Vehicles = [new VehicleSpec { Id = "lost-truck", DepotId = "nowhere", CapacityLitres = 1000, CapacityKilograms = 800, Streams = [Waste.Registry.WasteStream.Residual] }],
        };

        await page.SetInputFilesAsync("#fleet-file", new FilePayload
        {
            Name = "fleet.json", MimeType = "application/json", Buffer = JsonSerializer.SerializeToUtf8Bytes(wrong, CollectionTown.Json),
        });

        await Assertions.Expect(page.Locator("[data-test=fleet-result] [data-test=errors]")).ToContainTextAsync("truck 'lost-truck' starts from unknown depot 'nowhere'");
        Assert.Equal(before, await web.Cloud.Api.GetStringAsync("/api/fleet"));

        await page.SetInputFilesAsync("#fleet-file", new FilePayload { Name = "fleet.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{ depots: [") });

        await Assertions.Expect(page.Locator("[data-test=fleet-result]")).ToContainTextAsync("Tệp không phải JSON");
        Assert.Equal(before, await web.Cloud.Api.GetStringAsync("/api/fleet"));
        await page.Context.CloseAsync();
    }

    // The truck as the API gives it, once the page's save has reached it.
    private async Task<VehicleSpec> TruckOnceAsync(string id, Func<VehicleSpec, bool> saved)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var truck = await FleetTruckAsync(id);
            if (saved(truck))
            {
                return truck;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the fleet never showed the change to {id}");
        return null!;
    }

    private async Task<VehicleSpec> FleetTruckAsync(string id) =>
        (await web.Cloud.Api.GetFromJsonAsync<FleetConfiguration>("/api/fleet", CollectionTown.Json))!.Vehicles.Single(v => v.Id == id);
}
