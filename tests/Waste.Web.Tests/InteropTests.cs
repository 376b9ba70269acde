using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>Bins as FIWARE WasteContainer and their emptyings as WasteObserved in NGSI-LD, bins as GeoJSON, and the
/// dispatcher's bins by forecast: all from a bin that really filled and was emptied over MQTT.</summary>
[Collection(WebCollection.Name)]
public sealed class InteropTests(WebFixture web) : IAsyncLifetime
{
    private const string BinId = "bin-interop-0001";

    public async Task InitializeAsync()
    {
        if (web.Cloud.Registry.Find(BinId) is not null)
        {
            return;
        }

        await using var bin = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Bin(BinId, WasteStream.Recyclable, 10.9812, 106.6543));
        var start = web.Cloud.Clock.GetUtcNow();

        // Ten hours filling from 20 % to 65 %, then emptied (two readings near the floor confirm it), then 30 %.
        double[] fills = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 4, 4, 30];
        for (var i = 0; i < fills.Length; i++)
        {
            web.Cloud.Clock.SetUtcNow(start.AddHours(i));
            await bin.SendAsync(new { fill_pct = fills[i], dist_m = 1.05 - 0.95 * fills[i] / 100, temp_c = 29.5 });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<double> LevelPercentAsync()
    {
        var device = JsonDocument.Parse(await web.Cloud.Api.GetStringAsync($"/api/devices/{BinId}")).RootElement;
        return device.GetProperty("bin").GetProperty("levelPercent").GetDouble();
    }

    [Fact]
    public async Task A_bin_is_a_waste_container_with_the_smart_data_model_attributes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ngsi-ld/v1/entities?type=WasteContainer&limit=1000");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var response = await web.Cloud.Api.SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var entity = (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement.EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == $"urn:ngsi-ld:WasteContainer:{BinId}");
        Assert.Equal("WasteContainer", entity.GetProperty("type").GetString());
        Assert.Equal("Property", entity.GetProperty("fillingLevel").GetProperty("type").GetString());
        Assert.Equal(await LevelPercentAsync() / 100, entity.GetProperty("fillingLevel").GetProperty("value").GetDouble(), 12);
        Assert.Equal("ok", entity.GetProperty("status").GetProperty("value").GetString());
        Assert.Equal("inorganic", entity.GetProperty("storedWasteKind").GetProperty("value").GetString());
        Assert.True(entity.GetProperty("dateLastEmptying").GetProperty("value").TryGetProperty("@value", out _));
        Assert.True(entity.TryGetProperty("nextActuationDeadline", out _));
        var location = entity.GetProperty("location");
        Assert.Equal("GeoProperty", location.GetProperty("type").GetString());
        Assert.Equal([106.6543, 10.9812], location.GetProperty("value").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Contains(entity.GetProperty("@context").EnumerateArray(), c => c.GetString()!.Contains("dataModel.WasteManagement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_simplified_form_carries_plain_values_and_the_context_in_a_link_header()
    {
        var response = await web.Cloud.Api.GetAsync("/ngsi-ld/v1/entities?type=WasteContainer&options=keyValues&limit=1000&count=true");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("json-ld#context", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.True(int.Parse(response.Headers.GetValues("NGSILD-Results-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var entity = (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement.EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == $"urn:ngsi-ld:WasteContainer:{BinId}");
        Assert.Equal(JsonValueKind.Number, entity.GetProperty("fillingLevel").ValueKind);
        Assert.Equal("Point", entity.GetProperty("location").GetProperty("type").GetString());
        Assert.Equal($"urn:ngsi-ld:Device:{BinId}", entity.GetProperty("refDevice").GetString());
    }

    [Fact]
    public async Task The_emptying_is_a_waste_observed_with_its_estimated_weight()
    {
        var response = await web.Cloud.Api.GetAsync("/ngsi-ld/v1/entities?type=WasteObserved&limit=1000");

        var observed = (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement.EnumerateArray()
            .Single(e => e.GetProperty("refWasteContainer").GetProperty("object").GetString() == $"urn:ngsi-ld:WasteContainer:{BinId}");
        Assert.Equal("WasteObserved", observed.GetProperty("type").GetString());

        // About 61 points of 240 L of recyclables at 0.08 kg/L: close to 11.7 kg.
        Assert.InRange(observed.GetProperty("weight").GetProperty("value").GetDouble(), 9, 14);
        Assert.Equal("KGM", observed.GetProperty("weight").GetProperty("unitCode").GetString());
    }

    [Theory]
    [InlineData("/ngsi-ld/v1/entities")]
    [InlineData("/ngsi-ld/v1/entities?type=Vehicle")]
    [InlineData("/ngsi-ld/v1/entities?type=WasteContainer&limit=0")]
    [InlineData("/ngsi-ld/v1/entities?type=WasteContainer&offset=-1")]
    public async Task A_query_ngsi_ld_cannot_answer_is_a_bad_request_in_its_error_form(string path)
    {
        var response = await web.Cloud.Api.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/BadRequestData", error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Bins_with_a_position_are_a_geojson_feature_collection()
    {
        var response = await web.Cloud.Api.GetAsync("/geojson/bins");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = collection.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == BinId);
        Assert.Equal([106.6543, 10.9812], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("Recyclable", feature.GetProperty("properties").GetProperty("stream").GetString());
        Assert.Equal(Math.Round(await LevelPercentAsync(), 1), feature.GetProperty("properties").GetProperty("fillPercent").GetDouble(), 12);
    }

    [Fact]
    public async Task The_dispatcher_sees_the_bin_in_the_forecast_table_and_on_the_map_without_tiles()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        await page.ClickAsync("[data-tab=bins]");
        await page.FillAsync("[data-test=forecast-search]", BinId);

        var row = page.Locator($"[data-test=forecasts] tbody tr[data-device='{BinId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("Tái chế");
        // The bins are drawn as markers, clustered by area where they crowd.
        await Assertions.Expect(page.Locator("#fill-map .fill-marker, #fill-map .marker-cluster").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#fill-map img.leaflet-tile").CountAsync());
        await Screenshots.SaveAsync(page, "dispatch");
        await page.Context.CloseAsync();
    }
}
