using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>One truck's day, told the same way by the API, the dispatcher's page and the crew's page, before and after
/// a re-plan in the middle of the day: its part driven and its part still to drive, each with kilometres and times.</summary>
[Collection(WebCollection.Name)]
public sealed class TruckDayTests(WebFixture web)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task After_a_re_plan_mid_day_the_api_the_dispatcher_and_the_crew_tell_the_same_day()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-t", 8, ["crew-t"]);
        var plan = await town.PlanAsync(web.Cloud);
        var truck = town.Trucks[0];
        var stops = CollectionTown.BinStops(CollectionTown.Route(plan, truck)).Select(s => s.GetProperty("id").GetString()!).ToList();
        var crew = await web.SignInAsync("crew-t", phone: true);
        var stopPath = $"{town.PlanPath}/routes/{truck}/stops";

        // Two bins emptied ten minutes apart, then one the crew cannot reach: the rest of the day is re-planned.
        web.Cloud.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(200, (await crew.APIRequest.PostAsync($"{stopPath}/{stops[0]}/collected")).Status);
        web.Cloud.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(200, (await crew.APIRequest.PostAsync($"{stopPath}/{stops[1]}/collected")).Status);
        web.Cloud.Clock.Advance(TimeSpan.FromMinutes(10));
        var skipped = await crew.APIRequest.PostAsync($"{stopPath}/{stops[2]}/skipped", new() { DataObject = new { reason = "blocked" } });
        Assert.Equal(200, skipped.Status);

        var now = await town.PlanNowAsync(web.Cloud);
        Assert.Equal(plan.GetProperty("version").GetInt32() + 1, now.GetProperty("version").GetInt32());
        var route = CollectionTown.Route(now, truck);
        var done = route.GetProperty("done");
        var remaining = route.GetProperty("remaining");
        Assert.Equal(3, done.GetProperty("stops").GetInt32());
        // Other tests' bins may fall to the town's depot and leave the day when the re-plan finds them too far: the
        // stops to do are the route's own.
        var toDo = route.GetProperty("stops").EnumerateArray().Count(s => !s.GetProperty("isDisposal").GetBoolean() && s.GetProperty("status").GetString() == "Planned");
        Assert.Equal(toDo, remaining.GetProperty("stops").GetInt32());
        Assert.True(toDo > 0);
        Assert.True(done.GetProperty("distanceKm").GetDouble() > 0);
        Assert.True(remaining.GetProperty("distanceKm").GetDouble() > 0);
        Assert.Equal(route.GetProperty("distanceKm").GetDouble(), done.GetProperty("distanceKm").GetDouble() + remaining.GetProperty("distanceKm").GetDouble(), 2);
        // The day runs from its first departure to its last return: every stop, done or to do, lies within it.
        var visits = route.GetProperty("stops").EnumerateArray().ToList();
        Assert.True(Instant(route, "departure") <= Instant(visits[0], "arrival"), "the day leaves after its first stop");
        Assert.True(Instant(route, "return") >= Instant(visits[^1], "departure"), "the day returns before its last stop");
        Assert.Equal(Instant(route, "departure"), Instant(done, "from"));
        Assert.Equal(Instant(done, "to"), Instant(remaining, "from"));
        Assert.Equal(Instant(route, "return"), Instant(remaining, "to"));

        var dispatcher = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await dispatcher.SelectOptionAsync("[data-test=depot]", town.Depot);
        var row = dispatcher.Locator($"#routes tr[data-truck='{truck}']");
        await crew.ReloadAsync();
        var card = crew.Locator($"[data-test=route][data-truck='{truck}']");
        foreach (var (test, expected) in new[]
        {
            ("done-part", Part(done)),
            ("remaining-part", Part(remaining)),
            ("whole-day", $"{Km(route.GetProperty("distanceKm"))} · {Clock(route, "departure")}–{Clock(route, "return")}"),
        })
        {
            await Assertions.Expect(row.Locator($"[data-test={test}]")).ToHaveTextAsync(expected);
            await Assertions.Expect(card.Locator($"[data-test={test}]")).ToHaveTextAsync(expected);
        }

        await Screenshots.SaveAsync(crew, "crew-replanned");
        await Screenshots.SaveAsync(dispatcher, "dispatch-replanned");
        await crew.Context.CloseAsync();
        await dispatcher.Context.CloseAsync();
    }

    private static DateTimeOffset Instant(JsonElement element, string name) => element.GetProperty(name).GetDateTimeOffset();

    private static string Clock(JsonElement element, string name) =>
        Instant(element, name).ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Km(JsonElement km) => km.GetDouble().ToString("N1", Vietnamese) + " km";

    private static string Part(JsonElement part) => $"{Km(part.GetProperty("distanceKm"))} · {Clock(part, "from")}–{Clock(part, "to")}";
}
