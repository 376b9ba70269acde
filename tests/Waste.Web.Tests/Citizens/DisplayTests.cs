using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Waste.Web.Tests.Citizens;

/// <summary>The province's display and feed: the kiosk page updates live from the public stream; toilets and sorting
/// rates are NGSI-LD entities; the label sheets print every device's code.</summary>
[Collection(WebCollection.Name)]
public sealed class DisplayTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => CitizenTown.PrepareAsync(web.Cloud);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_display_shows_the_wards_and_counts_a_new_toilet_fault_without_a_reload()
    {
        var context = await web.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.Cloud.BaseUrl, ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "en-US",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/display");
        await Assertions.Expect(page.Locator("[data-test=live].on")).ToBeVisibleAsync();
        var ward = page.Locator($"[data-test=wards] tr[data-ward='{CitizenTown.OtherWard}'] [data-test=ward-problems]");
        await Assertions.Expect(ward).Not.ToBeEmptyAsync();
        var before = int.Parse(await ward.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync("() => window.sameDocument = true");

        await using (var toilet = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet("wc-cit-0008", CitizenTown.OtherWard, CitizenTown.District) with { Latitude = 11.23, Longitude = 106.83 }))
        {
            await toilet.SendAsync(new { occ = false, visits = 1, alarms = new[] { "leak" } });
        }

        await Assertions.Expect(ward).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page reloaded");
        await Assertions.Expect(page.Locator("#t-toilets-open")).Not.ToHaveTextAsync("–");
        await Screenshots.SaveAsync(page, "display");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Toilets_and_sorting_rates_are_ngsi_ld_entities()
    {
        var toilets = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/ngsi-ld/v1/entities?type=PublicToilet&limit=1000");
        var leaking = toilets.EnumerateArray().Single(e => e.GetProperty("id").GetString() == $"urn:ngsi-ld:PublicToilet:{CitizenTown.CodeOf(web.Cloud, CitizenTown.Leaking)}");
        Assert.Equal("outOfService", leaking.GetProperty("status").GetProperty("value").GetString());
        Assert.False(leaking.GetProperty("wheelchairAccessible").GetProperty("value").GetBoolean());
        Assert.Equal("GeoProperty", leaking.GetProperty("location").GetProperty("type").GetString());

        var rates = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/ngsi-ld/v1/entities?type=KeyPerformanceIndicator&limit=1000&options=keyValues");
        var ward = rates.EnumerateArray().Single(e => e.TryGetProperty("wardId", out var id) && id.GetString() == CitizenTown.Ward);
        Assert.Equal(CitizenTown.WardRateThisMonth, ward.GetProperty("kpiValue").GetDouble());
        Assert.Equal("monthly", ward.GetProperty("calculationFrequency").GetString());
        Assert.Contains(rates.EnumerateArray(), e => e.GetProperty("id").GetString()!.Contains(":province:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_label_sheet_pdf_prints_each_devices_public_code_twelve_to_a_page()
    {
        var devices = web.Cloud.Registry.All().Where(d => d.Ward == CitizenTown.Ward && d.District == CitizenTown.District).ToList();

        var pdf = await web.Cloud.Api.GetByteArrayAsync($"/api/labels.pdf?district={CitizenTown.District}&ward={CitizenTown.Ward}");

        using var document = PdfDocument.Open(pdf);
        Assert.Equal((devices.Count + 11) / 12, document.NumberOfPages);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        foreach (var device in devices)
        {
            Assert.Contains(Waste.Web.Public.PublicCodes.Printed(CitizenTown.CodeOf(web.Cloud, device.Id)), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(devices[0].Id, text, StringComparison.Ordinal);
    }
}
