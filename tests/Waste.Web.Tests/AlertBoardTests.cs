using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The maintenance board is live: an alert a toilet raises appears without a reload, and is acknowledged
/// and resolved under the signed-in person's name.</summary>
[Collection(WebCollection.Name)]
public sealed class AlertBoardTests(WebFixture web)
{
    [Fact]
    public async Task A_leak_raised_by_a_simulated_toilet_appears_on_the_board_without_a_reload_and_is_acknowledged()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        await Assertions.Expect(page.Locator("[data-test=live].on")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.sameDocument = true");
        var counted = page.Locator("[data-test=alerts-counted]");
        var before = int.Parse(await counted.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await using var toilet = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-board-0001"));

        await toilet.SendAsync(new { occ = false, alarms = new[] { "leak" } });

        var row = page.Locator("#board tbody tr[data-device='wc-board-0001']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td.kind")).ToHaveTextAsync("Rò rỉ nước");
        await Assertions.Expect(counted).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page reloaded");
        await Screenshots.SaveAsync(page, "maintenance-board");

        await row.Locator("input[name=note]").FillAsync("Đã cử thợ");
        await row.Locator("button[data-action=Acknowledge]").ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "Acknowledged");
        await Assertions.Expect(row.Locator("td.state")).ToContainTextAsync("Test maintenance");
        await Assertions.Expect(page.Locator("#median-acknowledge strong")).Not.ToHaveTextAsync("–");
        var alert = await OnlyAlertAsync("wc-board-0001");
        Assert.Equal("Acknowledged", alert.GetProperty("state").GetString());
        Assert.Equal("Test maintenance", alert.GetProperty("acknowledgedBy").GetString());
        Assert.Equal("Đã cử thợ", alert.GetProperty("notes")[0].GetProperty("text").GetString());
        await Screenshots.SaveAsync(page, "maintenance-board-acknowledged");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_resolved_alert_leaves_the_board_and_the_toilet_page_shows_its_history()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        await Assertions.Expect(page.Locator("[data-test=live].on")).ToBeVisibleAsync();
        await using var toilet = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-board-0002"));
        await toilet.SendAsync(new { occ = false, visits = 4, nh3_ppm = 3.5, h2s_ppm = 0.4, alarms = new[] { "supplies_low" } });
        var row = page.Locator("#board tbody tr[data-device='wc-board-0002']");
        await Assertions.Expect(row).ToBeVisibleAsync();

        await row.Locator("input[name=note]").FillAsync("Refilled paper");
        await row.Locator("button[data-action=Resolve]").ClickAsync();

        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Equal("Resolved", (await OnlyAlertAsync("wc-board-0002")).GetProperty("state").GetString());

        await page.GotoAsync("/maintenance/device/wc-board-0002");
        await Assertions.Expect(page.Locator("[data-test=device-alerts] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-test=device-alerts]")).ToContainTextAsync("Refilled paper");
        await Assertions.Expect(page.Locator("[data-test=device-figures]")).ToContainTextAsync("3,5 / 0,4");
        await Screenshots.SaveAsync(page, "maintenance-toilet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_board_filters_by_kind_and_ward()
    {
        await using var here = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-filter-0001"));
        await using var there = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-filter-0002", "Hiệp Thành", "Thủ Dầu Một"));
        await here.SendAsync(new { occ = false, alarms = new[] { "leak" } });
        await there.SendAsync(new { occ = false, alarms = new[] { "leak" } });
        await OnlyAlertAsync("wc-filter-0002");
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));

        await page.GotoAsync("/maintenance?kind=ToiletLeak&ward=Hiệp Thành");

        await Assertions.Expect(page.Locator("#board tbody tr[data-device='wc-filter-0002']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#board tbody tr[data-device='wc-filter-0001']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private async Task<JsonElement> OnlyAlertAsync(string deviceId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var alerts = await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/alerts?device={deviceId}");
            if (alerts.GetArrayLength() == 1 || attempt == 100)
            {
                return alerts.EnumerateArray().Single();
            }

            await Task.Delay(100);
        }
    }
}
