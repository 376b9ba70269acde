using System.Globalization;
using Microsoft.Playwright;
using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>Pages sized for their job: the dispatcher's page in tabs beside a large map with the forecasts a page at a
/// time; forecasts that say what they learnt from; the crew's header on one line of a phone and a connection badge
/// that says connected when it is; DONRE's report on a laptop's screen without scrolling sideways, without a column
/// nobody fills, and with dates no reader misreads.</summary>
[Collection(WebCollection.Name)]
public sealed class PageFitTests(WebFixture web)
{
    [Fact]
    public async Task The_dispatch_page_fits_a_screen_in_tabs_with_a_large_map_and_the_forecasts_a_page_at_a_time()
    {
        for (var i = 1; i <= 45; i++)
        {
            await using var bin = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Bin($"fit-{i:D2}", WasteStream.Organic, 10.96 + i * 0.0004, 106.64));
            await bin.SendAsync(new { fill_pct = i * 2.0 });
        }

        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await Assertions.Expect(page.Locator("[data-test=plan-controls]")).ToBeVisibleAsync();
        Assert.True(await HeightAsync(page) <= 1300, $"the plan tab is {await HeightAsync(page)} px tall");
        var map = await page.Locator("#fill-map").BoundingBoxAsync();
        Assert.True(map!.Height >= 500 && map.Width >= 450, $"the map is {map.Width} x {map.Height}");

        await page.ClickAsync("[data-tab=bins]");
        var rows = page.Locator("#forecasts tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(15);
        await Assertions.Expect(page.Locator("[data-test=pager] [data-test=page]")).ToContainTextAsync("1–15 / ");
        Assert.True(await HeightAsync(page) <= 1300, $"the bins tab is {await HeightAsync(page)} px tall");
        await Screenshots.SaveAsync(page, "dispatch-bins");
        await page.ClickAsync("[data-test=pager] [data-action=next]");
        await Assertions.Expect(page.Locator("[data-test=pager] [data-test=page]")).ToContainTextAsync("16–30 / ");
        await page.FillAsync("[data-test=forecast-search]", "fit-07");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-device", "fit-07");

        await page.ClickAsync("[data-tab=fleet]");
        await Assertions.Expect(page.Locator("#trucks")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#forecasts")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#trucks")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forecasts_say_what_they_learnt_from_and_when_they_will_know_more()
    {
        await using (var bin = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Bin("learning-bin", WasteStream.Residual, 10.955, 106.645)))
        {
            await bin.SendAsync(new { fill_pct = 30.0 });
        }

        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.ClickAsync("[data-tab=bins]");
        await page.FillAsync("[data-test=forecast-search]", "learning-bin");

        var row = page.Locator("#forecasts tbody tr[data-device='learning-bin']");
        await Assertions.Expect(row).ToContainTextAsync("hồ sơ của phường");
        await Assertions.Expect(row).ToContainTextAsync("dữ liệu riêng từ");
        await Assertions.Expect(page.Locator("[data-test=learning]")).ToContainTextAsync("một tuần");
        await Assertions.Expect(page.Locator("#forecasts")).Not.ToContainTextAsync("đang học");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_crews_header_keeps_to_one_line_on_a_phone_and_the_badge_says_connected_when_it_is()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Crew), phone: true);

        await Assertions.Expect(page.Locator("[data-test=connection]")).ToHaveTextAsync("Đã kết nối");
        var header = await page.Locator("header.top").BoundingBoxAsync();
        Assert.True(header!.Height <= 56, $"the header is {header.Height} px tall at 390 px");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await Screenshots.SaveAsync(page, "crew-header");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_report_fits_a_laptop_screen_in_english_names_its_months_and_leaves_out_a_stream_nobody_collects()
    {
        // October: one ward's residual waste, and no hazardous bin anywhere.
        var ward = ZoneKey.For("Thủ Dầu Một", "Chánh Nghĩa");
        await web.Cloud.Grains.GetGrain<IZoneGrain>(ward).Record(
            new BinEmptied(ward, "fit-october", WasteStream.Residual, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.FromHours(7)), 500));
        Assert.DoesNotContain(web.Cloud.Registry.All(), d => d.Stream == WasteStream.Hazardous);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Donre));
        await page.GotoAsync("/culture/en-US?returnUrl=%2Freports%3Fperiod%3D2026-10%26by%3DWard");

        await Assertions.Expect(page.Locator("[data-test=period-days]")).ToContainTextAsync("1 Oct 2026 – 31 Oct 2026");
        var tables = page.Locator("[data-test=report]");
        await Assertions.Expect(tables).ToHaveCountAsync(2);
        foreach (var table in await tables.AllAsync())
        {
            var widths = await table.EvaluateAsync<int[]>("t => [t.parentElement.scrollWidth, t.parentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"a report table scrolls sideways: {widths[0]} px in {widths[1]}");
            var clipped = await table.EvaluateAsync<int>("t => [...t.querySelectorAll('th')].filter(h => h.scrollWidth > h.clientWidth).length");
            Assert.Equal(0, clipped);
        }

        await Assertions.Expect(page.Locator("[data-test=report] th", new() { HasText = "Hazardous" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=streams-left-out]")).ToContainTextAsync("Hazardous");
        await Screenshots.SaveAsync(page, "reports-ward-english");
        await page.Context.CloseAsync();
    }

    private static Task<int> HeightAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
}
