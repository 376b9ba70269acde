using System.Net.Http.Json;
using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>Maps people can read without a tile server: bins clustered by area, each route drawn in order with an
/// arrow on every leg and the view fitted to it, the fleet's depots and disposal sites, a scale, and a note saying
/// how to add a background. The background itself is a setting that cannot go without its attribution.</summary>
[Collection(WebCollection.Name)]
public sealed class MapTests(WebFixture web)
{
    [Fact]
    public async Task The_dispatch_map_clusters_bins_and_draws_the_route_in_order_with_its_depots_sites_and_a_scale()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-m", 8, ["crew-m"]);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        var map = page.Locator("#fill-map");
        // Every test's bins, some 50 km apart: a town's bins gather in one cluster at the zoom that shows them all.
        await Assertions.Expect(map.Locator(".marker-cluster").First).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator(".leaflet-control-scale")).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator(".leaflet-control-attribution")).ToContainTextAsync("Web:Map:TileUrl");
        var fleet = await web.Cloud.Api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/fleet");
        await Assertions.Expect(map.Locator(".map-place.depot")).ToHaveCountAsync(fleet.GetProperty("depots").GetArrayLength());
        await Assertions.Expect(map.Locator(".map-place.site")).ToHaveCountAsync(fleet.GetProperty("disposalSites").GetArrayLength());

        var plan = await town.PlanAsync(web.Cloud);
        await page.SelectOptionAsync("[data-test=depot]", town.Depot);

        var visits = CollectionTown.Route(plan, town.Trucks[0]).GetProperty("stops").GetArrayLength();
        // Depot, each visit, depot: one arrow a leg, each pointing the way the truck drives.
        await Assertions.Expect(map.Locator(".route-arrow")).ToHaveCountAsync(visits + 1);
        var box = await map.BoundingBoxAsync();
        foreach (var marker in await map.Locator(".stop-marker.status-planned").AllAsync())
        {
            var at = await marker.BoundingBoxAsync();
            Assert.True(at!.X >= box!.X && at.Y >= box.Y && at.X + at.Width <= box.X + box.Width && at.Y + at.Height <= box.Y + box.Height,
                "a stop of the route lies outside the map's view");
        }

        await Screenshots.SaveAsync(page, "dispatch-route-map");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_crews_map_draws_the_route_in_order_with_a_scale()
    {
        var town = await CollectionTown.SetUpAsync(web.Cloud, "town-n", 6, ["crew-n"]);
        var plan = await town.PlanAsync(web.Cloud);
        var page = await web.SignInAsync("crew-n", phone: true);

        var visits = CollectionTown.Route(plan, town.Trucks[0]).GetProperty("stops").GetArrayLength();
        await Assertions.Expect(page.Locator("#route-map .route-arrow")).ToHaveCountAsync(visits + 1);
        await Assertions.Expect(page.Locator("#route-map .leaflet-control-scale")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public void A_tile_source_without_its_attribution_is_refused()
    {
        const string Tiles = "https://tiles.example/{z}/{x}/{y}.png";

        Assert.Contains("Web:Map:TileAttribution", new WebOptions { Map = { TileUrl = Tiles } }.Problem());
        Assert.Null(new WebOptions { Map = { TileUrl = Tiles, TileAttribution = "© OpenStreetMap contributors" } }.Problem());
    }
}
