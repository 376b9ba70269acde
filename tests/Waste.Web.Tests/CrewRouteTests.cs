using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The crew's page on a phone: today's route, stop reports that reach the dispatcher, the queue that keeps
/// reports through a lost connection and a reload, and the server keeping each crew to its own route.</summary>
[Collection(WebCollection.Name)]
public sealed class CrewRouteTests(WebFixture web)
{
    [Fact]
    public async Task A_crew_member_marks_a_stop_collected_and_the_dispatcher_sees_it_without_a_reload()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-a", 8, ["crew-a"]);
        var plan = await town.PlanAsync(web.Cloud);
        var first = CollectionTown.BinStops(CollectionTown.Route(plan, town.Trucks[0]))[0].GetProperty("id").GetString()!;
        var dispatcher = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await dispatcher.SelectOptionAsync("[data-test=depot]", town.Depot);
        var truckRow = dispatcher.Locator($"#routes tr[data-truck='{town.Trucks[0]}']");
        await Assertions.Expect(truckRow).ToHaveAttributeAsync("data-collected", "0");
        await dispatcher.EvaluateAsync("() => window.sameDocument = true");

        var crew = await web.SignInAsync("crew-a", phone: true);
        var stop = crew.Locator($"li.stop[data-stop='{first}']");
        await Assertions.Expect(stop).ToHaveAttributeAsync("data-status", "Planned");
        await Assertions.Expect(crew.Locator("[data-test=version]")).ToHaveTextAsync("Phiên bản lộ trình 1");
        await Screenshots.SaveAsync(crew, "crew");
        await stop.Locator("button[data-action=collected]").ClickAsync();

        await Assertions.Expect(stop).ToHaveAttributeAsync("data-status", "Collected");
        await Assertions.Expect(crew.Locator("#queue")).ToHaveAttributeAsync("data-pending", "0");
        await Assertions.Expect(crew.Locator("[data-test=done]")).ToHaveTextAsync("1 / 8");
        await Assertions.Expect(truckRow).ToHaveAttributeAsync("data-collected", "1");
        Assert.True(await dispatcher.EvaluateAsync<bool>("() => window.sameDocument === true"), "the dispatcher's page reloaded");
        var stored = CollectionTown.BinStops(CollectionTown.Route(await town.PlanNowAsync(web.Cloud), town.Trucks[0])).Single(s => s.GetProperty("id").GetString() == first);
        Assert.Equal("Collected", stored.GetProperty("status").GetString());
        await Screenshots.SaveAsync(crew, "crew-collected");
        await dispatcher.Locator($"#routes tr[data-truck='{town.Trucks[0]}'] button.link-button").ClickAsync();
        await Assertions.Expect(dispatcher.Locator($"#routes tr[data-stop='{first}']")).ToHaveAttributeAsync("data-status", "Collected");
        await Screenshots.SaveAsync(dispatcher, "dispatch-progress");
        await crew.Context.CloseAsync();
        await dispatcher.Context.CloseAsync();
    }

    [Fact]
    public async Task A_crew_member_asking_for_another_crews_route_gets_403()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-b", 8, ["crew-b1"], ["crew-b2"]);
        var plan = await town.PlanAsync(web.Cloud);
        var theirs = CollectionTown.Route(plan, town.Trucks[1]);
        var theirStop = CollectionTown.BinStops(theirs)[0].GetProperty("id").GetString();
        var page = await web.SignInAsync("crew-b1", phone: true);

        var own = await page.APIRequest.GetAsync("/api/crew/routes");
        var other = await page.APIRequest.GetAsync($"{town.PlanPath}/routes/{town.Trucks[1]}");
        var report = await page.APIRequest.PostAsync($"{town.PlanPath}/routes/{town.Trucks[1]}/stops/{theirStop}/collected");
        var details = await page.APIRequest.GetAsync($"/crew?handler=details&depot={town.Depot}&day={town.DayText}&truck={town.Trucks[1]}");
        var whole = await page.APIRequest.GetAsync(town.PlanPath);

        Assert.Equal(200, own.Status);
        var mine = (await own.JsonAsync())!.Value.EnumerateArray().Select(r => r.GetProperty("route").GetProperty("vehicleId").GetString()).ToList();
        Assert.Equal([town.Trucks[0]], mine);
        Assert.Equal(403, other.Status);
        Assert.Equal(403, report.Status);
        Assert.Equal(403, details.Status);
        Assert.Equal(403, whole.Status);
        await Assertions.Expect(page.Locator("[data-test=route]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-test=route]")).ToHaveAttributeAsync("data-truck", town.Trucks[0]);
        var after = CollectionTown.BinStops(CollectionTown.Route(await town.PlanNowAsync(web.Cloud), town.Trucks[1]));
        Assert.All(after, s => Assert.Equal("Planned", s.GetProperty("status").GetString()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_report_sent_without_a_connection_stays_queued_through_a_reload_and_is_retried_until_the_server_confirms_it()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-c", 6, ["crew-c"]);
        var plan = await town.PlanAsync(web.Cloud);
        var first = CollectionTown.BinStops(CollectionTown.Route(plan, town.Trucks[0]))[0].GetProperty("id").GetString()!;
        var page = await web.SignInAsync("crew-c", phone: true);
        var attempts = 0;
        // The first two attempts never reach the server, as on a phone that lost its signal; the third goes through.
        await page.RouteAsync("**/stops/*/collected", async route =>
        {
            if (Interlocked.Increment(ref attempts) <= 2)
            {
                await route.AbortAsync("internetdisconnected");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        var stop = page.Locator($"li.stop[data-stop='{first}']");
        await stop.Locator("button[data-action=collected]").ClickAsync();

        var waiting = page.Locator($"[data-test=pending] li[data-bin='{first}']");
        await Assertions.Expect(waiting).ToContainTextAsync("mất kết nối");
        await Assertions.Expect(stop).ToHaveAttributeAsync("data-status", "PendingCollected");
        await Assertions.Expect(page.Locator("[data-test=connection]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("off"));
        await Screenshots.SaveAsync(page, "crew-offline-queue");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator($"[data-test=pending] li[data-bin='{first}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"li.stop[data-stop='{first}']")).ToHaveAttributeAsync("data-status", "PendingCollected");
        await Assertions.Expect(page.Locator($"li.stop[data-stop='{first}']")).ToHaveAttributeAsync("data-status", "Collected", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-pending", "0");
        Assert.Equal(3, attempts);
        var stored = CollectionTown.BinStops(CollectionTown.Route(await town.PlanNowAsync(web.Cloud), town.Trucks[0])).Single(s => s.GetProperty("id").GetString() == first);
        Assert.Equal("Collected", stored.GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_report_the_server_refuses_is_shown_as_failed_and_not_retried()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-d", 8, ["crew-d1"], ["crew-d2"]);
        var plan = await town.PlanAsync(web.Cloud);
        var first = CollectionTown.BinStops(CollectionTown.Route(plan, town.Trucks[0]))[0].GetProperty("id").GetString()!;
        var page = await web.SignInAsync("crew-d1", phone: true);
        var stop = page.Locator($"li.stop[data-stop='{first}']");
        await Assertions.Expect(stop).ToHaveAttributeAsync("data-status", "Planned");
        // The page still shows the stop when the dispatcher moves the truck's remaining stops to the other truck.
        var broken = await web.Cloud.Api.PostAsync($"{town.PlanPath}/vehicles/{town.Trucks[0]}/out-of-service", null);
        Assert.True(broken.IsSuccessStatusCode);

        await stop.Locator("button[data-action=collected]").ClickAsync();

        var failed = page.Locator($"[data-test=failed] li[data-bin='{first}']");
        await Assertions.Expect(failed).ToContainTextAsync("404");
        await Assertions.Expect(failed).ToContainTextAsync("is not on truck");
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-pending", "0");
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-failed", "1");
        await Assertions.Expect(page.Locator($"li.stop[data-stop='{first}']")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "crew-refused");
        await failed.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("#queue")).ToHaveAttributeAsync("data-failed", "0");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_skip_with_a_reason_re_plans_the_day_and_the_crew_sees_the_new_version()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-e", 8, ["crew-e"]);
        var plan = await town.PlanAsync(web.Cloud);
        var first = CollectionTown.BinStops(CollectionTown.Route(plan, town.Trucks[0]))[0].GetProperty("id").GetString()!;
        var page = await web.SignInAsync("crew-e", phone: true);
        var stop = page.Locator($"li.stop[data-stop='{first}']");

        await stop.Locator("button[data-action=skip]").ClickAsync();
        await stop.Locator("select[name=reason]").SelectOptionAsync("bin_damaged");
        await stop.Locator("button[data-action=confirm-skip]").ClickAsync();

        await Assertions.Expect(stop).ToHaveAttributeAsync("data-status", "Skipped");
        await Assertions.Expect(stop.Locator("[data-test=stop-state]")).ToContainTextAsync("Thùng hỏng");
        await Assertions.Expect(page.Locator("[data-test=replanned]")).ToHaveTextAsync($"Kế hoạch ngày đã được lập lại: đây là phiên bản {plan.GetProperty("version").GetInt32() + 1}");
        var stored = await town.PlanNowAsync(web.Cloud);
        Assert.Equal(plan.GetProperty("version").GetInt32() + 1, stored.GetProperty("version").GetInt32());
        var skipped = CollectionTown.BinStops(CollectionTown.Route(stored, town.Trucks[0])).Single(s => s.GetProperty("id").GetString() == first);
        Assert.Equal("bin_damaged", skipped.GetProperty("skipReason").GetString());
        await page.Context.CloseAsync();
    }
}
