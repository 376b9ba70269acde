using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>An alert says why it was raised, in the page's language and on the city's clock: worded from the
/// alert's fields, never an English sentence with UTC times; and the overflow rule says the reading that broke it.</summary>
[Collection(WebCollection.Name)]
public sealed class AlertReasonTests(WebFixture web)
{
    private static readonly TimeSpan City = TimeSpan.FromHours(7);

    [Fact]
    public async Task An_overflow_says_the_reading_that_broke_the_rule_and_a_fill_under_the_rule_raises_nothing()
    {
        await using var full = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Bin("bin-overflow-1", WasteStream.Residual, 10.975, 106.655));
        await using var nearly = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Bin("bin-overflow-2", WasteStream.Residual, 10.976, 106.656));
        await full.SendAsync(new { fill_pct = 60.0 });
        await nearly.SendAsync(new { fill_pct = 60.0 });
        web.Cloud.Clock.Advance(TimeSpan.FromHours(1));

        // A sudden fill: the denoised level lags behind the reading, the rule is the reading's.
        await full.SendAsync(new { fill_pct = 99.0 });
        await nearly.SendAsync(new { fill_pct = 93.0 });

        var alert = await OnlyAlertAsync("bin-overflow-1");
        Assert.Equal("BinOverflow", alert.GetProperty("kind").GetString());
        var reason = alert.GetProperty("reason");
        Assert.Equal("FillAtOverflow", reason.GetProperty("rule").GetString());
        Assert.Equal(99, reason.GetProperty("value").GetDouble());
        Assert.Equal(98, reason.GetProperty("limit").GetDouble());
        await StoredAsync("bin-overflow-2", readings: 2);
        Assert.Empty((await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/alerts?device=bin-overflow-2")).EnumerateArray());

        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        var why = page.Locator("#board tbody tr[data-device='bin-overflow-1'] [data-test=reason]");
        await Assertions.Expect(why).ToHaveTextAsync("mức đầy 99 %, từ ngưỡng tràn 98 % trở lên");
        await page.GotoAsync("/maintenance/device/bin-overflow-1");
        await Assertions.Expect(page.Locator("[data-test=device-alerts] [data-test=reason]")).ToHaveTextAsync("mức đầy 99 %, từ ngưỡng tràn 98 % trở lên");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_toilet_occupied_too_long_says_since_when_on_the_citys_clock_in_each_language()
    {
        await using var toilet = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-reason-0001"));
        var since = web.Cloud.Clock.GetUtcNow().AddMinutes(-45);
        await toilet.SendAsync(new { occ = true, occ_s = 45 * 60 });
        var alert = await OnlyAlertAsync("wc-reason-0001");
        Assert.Equal("OccupiedTooLong", alert.GetProperty("reason").GetProperty("rule").GetString());
        var local = since.ToOffset(City);
        var clock = local.ToString("HH:mm", CultureInfo.InvariantCulture);

        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        var why = page.Locator("#board tbody tr[data-device='wc-reason-0001'] [data-test=reason]");
        await Assertions.Expect(why).ToContainTextAsync("có người bên trong từ");
        await Assertions.Expect(why).ToContainTextAsync(clock);
        await Assertions.Expect(why).ToContainTextAsync(local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(why).ToContainTextAsync("quá 30 phút");
        await Assertions.Expect(why).Not.ToContainTextAsync("Z");
        // The screenshots show the board filtered to toilets occupied too long: the other tests' alerts make it long.
        await page.GotoAsync("/maintenance?kind=ToiletStuckOccupied");
        await Assertions.Expect(why).ToContainTextAsync("quá 30 phút");
        await Screenshots.SaveAsync(page, "maintenance-reasons");

        await page.GotoAsync("/culture/en-US?returnUrl=%2Fmaintenance%3Fkind%3DToiletStuckOccupied");
        await Assertions.Expect(why).ToContainTextAsync("occupied since");
        await Assertions.Expect(why).ToContainTextAsync(clock);
        await Assertions.Expect(why).ToContainTextAsync(local.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(why).ToContainTextAsync("more than 30 min");
        await Screenshots.SaveAsync(page, "maintenance-reasons-english");
        await page.Context.CloseAsync();
    }

    private async Task StoredAsync(string deviceId, int readings)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var bin = await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/devices/{deviceId}");
            if (bin.GetProperty("bin").GetProperty("readingsStored").GetInt64() >= readings)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{deviceId} did not store {readings} readings");
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
