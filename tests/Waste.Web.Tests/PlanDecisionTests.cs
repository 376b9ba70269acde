using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>
/// Why each bin is in a depot's day or waits for another: the plan's answer carries a decision per bin, written short
/// and answered 304 to a poll of an unchanged day; the dispatcher's "why each bin" tab words each decision in the
/// reader's language from its rule and figures, on the city's clock, counts and filters the verdicts, finds a bin by
/// its id and shows it on the map.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PlanDecisionTests(WebFixture web)
{
    private static readonly TimeSpan City = TimeSpan.FromHours(7);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    // The optimiser's 2 s per plan, and more on a loaded machine: the horizon's model holds each truck once a day.
    private static readonly LocatorAssertionsToContainTextOptions Planning = new() { Timeout = 60_000 };

    private static readonly HashSet<string> Fields = ["binId", "verdict", "rule", "fillPercent", "dueAt", "plannedFor"];
    private static readonly string[] VietnameseWeekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    [Fact]
    public async Task The_plan_answer_gives_each_bin_its_decision_in_short_and_a_poll_of_an_unchanged_day_gets_304()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-x", 6, ["crew-x"]);
        var plan = await town.PlanAsync(web.Cloud, "forecast");

        var decisions = plan.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Superset(town.Bins.ToHashSet(), decisions.Select(d => d.GetProperty("binId").GetString()!).ToHashSet());
        Assert.Contains(decisions, d => d.TryGetProperty("dueAt", out _));
        foreach (var decision in decisions)
        {
            // Only the fields that have a value, the fill to a tenth of a point, the due time to the minute.
            Assert.Subset(Fields, decision.EnumerateObject().Select(p => p.Name).ToHashSet());
            Assert.All(decision.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Null, p.Value.ValueKind));
            if (decision.TryGetProperty("fillPercent", out var fill))
            {
                Assert.Equal(Math.Round(fill.GetDouble(), 1), fill.GetDouble());
            }

            if (decision.TryGetProperty("dueAt", out var due))
            {
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$", due.GetString());
            }
        }

        var first = await web.Cloud.Api.GetAsync(town.PlanPath);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true });
        Assert.Equal(plan.GetProperty("decisions").GetRawText(), (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisions").GetRawText());

        var unchanged = await GetIfNoneMatchAsync(town.PlanPath, tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        var route = CollectionTown.Route(plan, town.Trucks[0]);
        var bin = CollectionTown.BinStops(route)[0].GetProperty("id").GetString();
        Assert.True((await web.Cloud.Api.PostAsync($"{town.PlanPath}/routes/{town.Trucks[0]}/stops/{bin}/collected", null)).IsSuccessStatusCode);
        var changed = await GetIfNoneMatchAsync(town.PlanPath, tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_day_planned_at_the_threshold_says_why_each_bin_goes_or_waits_in_both_languages_and_filters_by_verdict()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-w", 10, ["crew-w1"], ["crew-w2"]);
        var depot = (await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/fleet")).GetProperty("depots").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == town.Depot);
        var (latitude, longitude) = (depot.GetProperty("latitude").GetDouble(), depot.GetProperty("longitude").GetDouble());
        // A bin past the threshold, and one that has never sent a reading: the plan cannot consider it, and it is not on
        // the map of bins by fill.
        var full = SimulatedDevice.Bin("town-w-full", WasteStream.Residual, latitude + 0.001, longitude) with { Ward = "Chánh Phú Hòa", District = "Bến Cát" };
        var silent = SimulatedDevice.Bin("town-w-silent", WasteStream.Residual, latitude, longitude + 0.001) with { Ward = "Chánh Phú Hòa", District = "Bến Cát" };
        await using (var bin = await SimulatedDevice.ConnectAsync(web.Cloud, full))
        {
            await bin.SendAsync(new { fill_pct = 95.0 });
        }

        await web.Cloud.Registry.SaveAsync([silent]);
        await ForecastAsync(full.Id);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.SelectOptionAsync("#plan-controls select[name=policy]", "threshold");
        await page.ClickAsync("[data-action=plan]");
        await Assertions.Expect(page.Locator("[data-test=plan-version]")).ToContainTextAsync("Theo ngưỡng đầy", Planning);

        var decisions = await DecisionsAsync(town);
        Assert.Equal(("NotConsidered", "NoForecast"), (decisions[silent.Id].Verdict, decisions[silent.Id].Rule));
        Assert.Equal(("MustGo", "AtThreshold"), (decisions[full.Id].Verdict, decisions[full.Id].Rule));
        Assert.All(town.Bins, b => Assert.Contains(decisions[b].Rule, (string[])["AtThreshold", "BelowThreshold"]));
        Assert.Contains(decisions.Values, d => d.Verdict == "Waits");
        // What the threshold policy can say of a bin (a bin it must take may find no truck, if other tests' bins fall to the depot).
        var vietnamese = new Dictionary<string, string>
        {
            ["MustGo"] = "phải thu", ["Waits"] = "chờ ngày khác", ["NotConsidered"] = "không xét",
            ["AtThreshold"] = "lần đo gần nhất đạt ngưỡng thu gom 80 % trở lên", ["BelowThreshold"] = "lần đo gần nhất dưới ngưỡng thu gom 80 %",
            ["NoTruck"] = "phải thu, nhưng không xe nào nhận được (tải trọng, ca làm việc)",
            ["NoForecast"] = "chưa có dự báo dùng được: chưa có số đo mức đầy, hoặc số đo bị từ chối",
        };
        var english = new Dictionary<string, string>
        {
            ["MustGo"] = "must go", ["Waits"] = "waits", ["NotConsidered"] = "not considered",
            ["AtThreshold"] = "at or above the collection threshold of 80 % at its last reading", ["BelowThreshold"] = "below the collection threshold of 80 % at its last reading",
            ["NoTruck"] = "must go, but no truck could take it (load, shifts)", ["NoForecast"] = "no usable forecast yet: no fill reading, or one the planner refused",
        };

        // The day's figures lead to the bins left for another day.
        await page.ClickAsync("[data-test=left-out] [data-action=why]");
        var rows = page.Locator("#decisions tbody tr");
        await Assertions.Expect(page.Locator("#panel-why")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=why-plan]")).ToContainTextAsync("Theo ngưỡng đầy");
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-verdict", "Waits");
        await ExpectCountsAsync(page, decisions);
        await ExpectRowsAsync(rows, decisions, "Waits", vietnamese);
        await page.ClickAsync("[data-filter=plan]");
        await ExpectRowsAsync(rows, decisions, "plan", vietnamese);
        await page.ClickAsync("[data-filter=NotConsidered]");
        await ExpectRowsAsync(rows, decisions, "NotConsidered", vietnamese);

        // The silent bin has no marker to show; a bin that reported is found on the map.
        await page.FillAsync("[data-test=why-search]", silent.Id);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.Locator("[data-action=locate]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=why-map]")).ToHaveTextAsync($"{silent.Id}: Thùng này không có vị trí trên bản đồ.");
        await page.ClickAsync("[data-filter='']");
        await page.FillAsync("[data-test=why-search]", town.Bins[3]);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.First.Locator("[data-action=locate]").ClickAsync();
        await Assertions.Expect(page.Locator("#fill-map .leaflet-tooltip")).ToContainTextAsync(town.Bins[3]);
        await Assertions.Expect(page.Locator("[data-test=why-map]")).ToHaveTextAsync("");

        await page.GotoAsync("/culture/en-US?returnUrl=%2Fdispatch");
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.ClickAsync("[data-tab=why]");
        await Assertions.Expect(page.Locator("[data-test=why-plan]")).ToContainTextAsync("At the fill threshold");
        await ExpectCountsAsync(page, decisions);
        await page.ClickAsync("[data-filter=MustGo]");
        await ExpectRowsAsync(rows, decisions, "MustGo", english);
        await page.ClickAsync("[data-filter=Waits]");
        await ExpectRowsAsync(rows, decisions, "Waits", english);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_day_planned_days_ahead_says_when_a_bin_is_due_and_the_day_it_is_planned_for_on_the_citys_clock()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-v", 12, ["crew-v1"], ["crew-v2"]);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.SelectOptionAsync("#plan-controls select[name=policy]", "anticipatory");
        await page.ClickAsync("[data-action=plan]");
        await Assertions.Expect(page.Locator("[data-test=plan-version]")).ToContainTextAsync("Lập kế hoạch nhiều ngày", Planning);
        var decisions = await DecisionsAsync(town);
        Assert.Contains(decisions.Values, d => d.DueAt is not null);

        await page.ClickAsync("[data-tab=why]");
        var rows = page.Locator("#decisions tbody tr");
        await ExpectCountsAsync(page, decisions);
        await ExpectDatesAsync(rows, decisions, DueInVietnamese, DayInVietnamese);
        await Screenshots.SaveAsync(page, "dispatch-why");

        await page.GotoAsync("/culture/en-US?returnUrl=%2Fdispatch");
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);
        await page.ClickAsync("[data-tab=why]");
        await Assertions.Expect(page.Locator("[data-test=why-plan]")).ToContainTextAsync("Several days ahead");
        await ExpectDatesAsync(rows, decisions, due => due.ToString("ddd, MMM dd, HH:mm", English), day => day.ToString("dddd, MMM dd", English));
        await Screenshots.SaveAsync(page, "dispatch-why-english");
        await page.Context.CloseAsync();
    }

    // Chromium's Vietnamese: "07:00 Thứ 3, 01/12" (Sunday "CN") and "Thứ Ba, 01/12".
    private static string DueInVietnamese(DateTimeOffset due) =>
        due.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + (due.DayOfWeek == DayOfWeek.Sunday ? "CN" : $"Thứ {(int)due.DayOfWeek + 1}") + ", " +
        due.ToString("dd/MM", CultureInfo.InvariantCulture);

    private static string DayInVietnamese(DateOnly day) => VietnameseWeekdays[(int)day.DayOfWeek] + ", " + day.ToString("dd/MM", CultureInfo.InvariantCulture);

    private async Task ForecastAsync(string id)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await web.Cloud.Api.GetAsync($"/api/devices/{id}/forecast")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{id} has no forecast: its reading was not stored");
    }

    private async Task<HttpResponseMessage> GetIfNoneMatchAsync(string path, EntityTagHeaderValue? tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag!);
        return await web.Cloud.Api.SendAsync(request);
    }

    private async Task<Dictionary<string, Decision>> DecisionsAsync(CollectionTown town) =>
        (await town.PlanNowAsync(web.Cloud)).GetProperty("decisions").EnumerateArray().ToDictionary(
            d => d.GetProperty("binId").GetString()!,
            d => new Decision(
                d.GetProperty("verdict").GetString()!, d.GetProperty("rule").GetString()!,
                d.TryGetProperty("dueAt", out var due) ? due.GetDateTimeOffset().ToOffset(City) : null,
                d.TryGetProperty("plannedFor", out var day) ? DateOnly.ParseExact(day.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));

    private static async Task ExpectCountsAsync(IPage page, Dictionary<string, Decision> decisions)
    {
        foreach (var verdict in new[] { "MustGo", "MayGo", "Waits", "NotConsidered" })
        {
            await Assertions.Expect(page.Locator($"[data-filter={verdict}] .count")).ToHaveTextAsync(decisions.Values.Count(d => d.Verdict == verdict).ToString(CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("[data-filter=plan] .count")).ToHaveTextAsync(decisions.Values.Count(d => d.Verdict is "MustGo" or "MayGo").ToString(CultureInfo.InvariantCulture));
    }

    // The page's rows under a filter: as many as the API's decisions of that verdict (15 a page), each with its
    // verdict's name and its reason worded (words: a verdict's or a rule's name to its words).
    private static async Task ExpectRowsAsync(ILocator rows, Dictionary<string, Decision> decisions, string filter, Dictionary<string, string> words)
    {
        var wanted = decisions.Where(d => filter == "plan" ? d.Value.Verdict is "MustGo" or "MayGo" : d.Value.Verdict == filter).ToList();
        Assert.NotEmpty(wanted);
        await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(15, wanted.Count));
        foreach (var row in await rows.AllAsync())
        {
            var decision = decisions[(await row.GetAttributeAsync("data-bin"))!];
            Assert.Contains(wanted, w => w.Value == decision);
            await Assertions.Expect(row.Locator(".verdict")).ToHaveTextAsync(words[decision.Verdict]);
            await Assertions.Expect(row.Locator("[data-test=reason]")).ToHaveTextAsync(words[decision.Rule]);
        }
    }

    // Every row of every page: a due time and a planned day are said on the city's clock in the page's language.
    private static async Task ExpectDatesAsync(ILocator rows, Dictionary<string, Decision> decisions, Func<DateTimeOffset, string> due, Func<DateOnly, string> day)
    {
        var page = rows.Page;
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-bin", new System.Text.RegularExpressions.Regex("."));
        var seen = 0;
        while (true)
        {
            foreach (var row in await rows.AllAsync())
            {
                var decision = decisions[(await row.GetAttributeAsync("data-bin"))!];
                var reason = row.Locator("[data-test=reason]");
                if (decision.DueAt is { } at)
                {
                    await Assertions.Expect(reason).ToContainTextAsync(due(at));
                }

                if (decision.PlannedFor is { } planned)
                {
                    await Assertions.Expect(reason).ToContainTextAsync(day(planned));
                }

                await Assertions.Expect(reason).Not.ToContainTextAsync("{");
                seen++;
            }

            var next = page.Locator("[data-test=why-pager] [data-action=next]");
            if (await next.IsDisabledAsync())
            {
                break;
            }

            var first = await rows.First.GetAttributeAsync("data-bin");
            await next.ClickAsync();
            await Assertions.Expect(rows.First).Not.ToHaveAttributeAsync("data-bin", first!);
        }

        Assert.Equal(decisions.Count, seen);
    }

    private sealed record Decision(string Verdict, string Rule, DateTimeOffset? DueAt, DateOnly? PlannedFor);
}
