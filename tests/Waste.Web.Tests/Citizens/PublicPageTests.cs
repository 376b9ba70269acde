using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Waste.Web.Tests.Citizens;

/// <summary>The public page on a phone, no sign-in: toilets near the citizen, their ward's sorting rate, bins by colour.</summary>
[Collection(WebCollection.Name)]
public sealed class PublicPageTests(WebFixture web) : IAsyncLifetime
{
    public Task InitializeAsync() => CitizenTown.PrepareAsync(web.Cloud);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_root_sends_a_stranger_to_the_public_page_in_vietnamese()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(web.Cloud.BaseUrl) };

        var response = await anonymous.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/public", response.Headers.Location!.OriginalString);
        var page = await anonymous.GetStringAsync("/public");
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        Assert.Contains("Dùng vị trí của tôi", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_phones_location_the_nearest_toilets_come_first_and_one_out_of_order_names_the_nearest_open_one()
    {
        var page = await CitizenBrowser.PhoneAsync(web);
        await page.GotoAsync("/public");

        await page.ClickAsync("[data-test=locate]");

        var toilets = page.Locator("[data-test=toilets] > li");
        var working = toilets.Nth(0);
        await Assertions.Expect(working).ToHaveAttributeAsync("data-code", CitizenTown.CodeOf(web.Cloud, CitizenTown.Working));
        await Assertions.Expect(working).ToHaveAttributeAsync("data-status", "Open");
        await Assertions.Expect(working).ToContainTextAsync("đang trống");
        await Assertions.Expect(working).ToContainTextAsync("thoáng mát");
        await Assertions.Expect(working).ToContainTextAsync("có lối đi cho xe lăn");
        await Assertions.Expect(working.Locator(".distance")).ToHaveTextAsync("57 m");

        var leaking = toilets.Nth(1);
        await Assertions.Expect(leaking).ToHaveAttributeAsync("data-code", CitizenTown.CodeOf(web.Cloud, CitizenTown.Leaking));
        await Assertions.Expect(leaking).ToHaveAttributeAsync("data-status", "OutOfOrder");
        await Assertions.Expect(leaking.Locator(".badge")).ToHaveTextAsync("Tạm ngưng phục vụ");
        await Assertions.Expect(leaking.Locator("[data-test=nearest-open]")).ToHaveTextAsync($"Nhà vệ sinh đang mở gần nhất: 334 m nữa, tại {CitizenTown.Ward}");

        var occupied = page.Locator($"[data-test=toilets] > li[data-code='{CitizenTown.CodeOf(web.Cloud, CitizenTown.Occupied)}']");
        await Assertions.Expect(occupied).ToContainTextAsync("đang có người");
        await Assertions.Expect(occupied).ToContainTextAsync("hơi có mùi");

        // The four bins around the citizen, as coloured dots (and no id anywhere on the page).
        await Assertions.Expect(page.Locator("[data-test=bins-summary]")).ToContainTextAsync("4 thùng rác trong bán kính");
        await Assertions.Expect(page.Locator("[data-test=bins-summary]")).ToContainTextAsync("2 trong đó sắp đầy");
        Assert.DoesNotContain("bin-cit-", await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "public-page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wards_sorting_rate_reads_against_last_month_its_district_and_the_province()
    {
        var page = await CitizenBrowser.PhoneAsync(web);
        await page.GotoAsync("/public?culture=en-US");

        await page.Locator("[data-test=ward]").SelectOptionAsync(new SelectOptionValue { Label = $"{CitizenTown.Ward}, {CitizenTown.District}" });

        await Assertions.Expect(page.Locator("[data-test=sorting-rate] strong")).ToHaveTextAsync("50.0 %");
        await Assertions.Expect(page.Locator("[data-test=toilets] > li").First).ToBeVisibleAsync();
        var chart = await page.EvaluateAsync<JsonElement>(
            "() => Chart.getChart(document.getElementById('sorting-chart')).data.datasets.map(d => d.data)");
        // Independently: the district's and province's rates as DONRE's report API gives them.
        var month = CitizenTown.Today(web.Cloud).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var districts = await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/reports?period={month}&by=District");
        var district = districts.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("district").GetString() == CitizenTown.District);
        double Percent(JsonElement rate) => Math.Round(rate.GetDouble() * 1000) / 10;
        Assert.Equal(50.0, chart[0][0].GetDouble());
        Assert.Equal(25.0, chart[1][0].GetDouble());
        Assert.Equal(Percent(district.GetProperty("sortingRateByVolume")), chart[0][1].GetDouble());
        Assert.Equal(Percent(districts.GetProperty("total").GetProperty("sortingRateByVolume")), chart[0][2].GetDouble());
        await Screenshots.SaveAsync(page, "public-page-ward-english");
        await page.Context.CloseAsync();
    }
}
