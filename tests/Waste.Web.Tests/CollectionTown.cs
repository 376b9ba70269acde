using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Waste.Grains.Planning;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>
/// A town of its own for one test, set up as a city would be: bins about 15 km from any other test's, each sending a
/// fill reading over MQTT; a depot among them and trucks with their crews added to the fleet through the API (as the
/// dispatcher does, see <c>tests/Waste.EndToEnd.Tests/PlannerTests.cs</c>); an account for each crew member. The
/// city's own depot in Thủ Dầu Một (no trucks) keeps the other tests' bins, all near it, out of the town's plans:
/// each bin belongs to its nearest depot.
/// </summary>
public sealed record CollectionTown(string Depot, DateOnly Day, IReadOnlyList<string> Bins, IReadOnlyList<string> Trucks)
{
    /// <summary>How the API's JSON reads (enums as names).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly DepotSpec CityDepot = new("thu-dau-mot", "Thủ Dầu Một", 10.98, 106.65);

    private static int towns;

    /// <summary>The day as the API writes it.</summary>
    public string DayText => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The plan's address in the API.</summary>
    public string PlanPath => $"/api/plans/{Depot}/{DayText}";

    /// <summary>
    /// Sets up the town <paramref name="name"/> with <paramref name="bins"/> residual bins and one truck for each
    /// crew in <paramref name="crews"/> (user names; accounts are made for them), planned for today in the city.
    /// </summary>
    public static async Task<CollectionTown> SetUpAsync(WebCloud cloud, string name, int bins, params string[][] crews)
    {
        StartDuringTheShift(cloud);
        // Towns on a ring 50 km around the city's depot, 18° apart: about 15 km from each other, twenty before two
        // share a place (a town's bins lie within a kilometre of its depot).
        var number = Interlocked.Increment(ref towns);
        var latitude = CityDepot.Latitude + 0.45 * Math.Cos(number * Math.PI / 10);
        var longitude = CityDepot.Longitude + 0.45 * Math.Sin(number * Math.PI / 10);
        var random = new Random(number);
        var ids = new List<string>();
        for (var i = 1; i <= bins; i++)
        {
            var device = SimulatedDevice.Bin($"{name}-{i:D2}", WasteStream.Residual, latitude + (random.NextDouble() - 0.5) * 0.02, longitude + (random.NextDouble() - 0.5) * 0.02)
                with { Ward = "Chánh Phú Hòa", District = "Bến Cát" };
            await using var bin = await SimulatedDevice.ConnectAsync(cloud, device);
            await bin.SendAsync(new { fill_pct = 40 + 50 * random.NextDouble() });
            ids.Add(device.Id);
        }

        foreach (var id in ids)
        {
            await WaitForForecastAsync(cloud, id);
        }

        foreach (var member in crews.SelectMany(c => c))
        {
            cloud.AddAccount(member, Roles.Crew);
        }

        var trucks = crews.Select((crew, i) => new VehicleSpec
        {
            Id = $"{name}-truck-{i + 1}",
            DepotId = name,
            // Together the trucks can take every bin full, none alone when there are several: each one has a route.
            CapacityLitres = 240.0 * bins / crews.Length,
            CapacityKilograms = 4000,
            Streams = [WasteStream.Residual],
            Crew = crew,
        }).ToList();
        var fleet = (await cloud.Api.GetFromJsonAsync<FleetConfiguration>("/api/fleet", Json))!;
        var put = await cloud.Api.PutAsJsonAsync("/api/fleet", fleet with
        {
            Depots = [.. fleet.Depots.Where(d => d.Id != CityDepot.Id), CityDepot, new DepotSpec(name, $"{name} depot", latitude, longitude)],
            DisposalSites = fleet.DisposalSites.Count > 0 ? fleet.DisposalSites :
                [new DisposalSiteSpec("nam-binh-duong", "Khu xử lý Nam Bình Dương", 11.1290, 106.5830, [WasteStream.Residual, WasteStream.Recyclable, WasteStream.Organic], TimeSpan.FromMinutes(15), TimeSpan.Zero, new TimeSpan(23, 59, 0))],
            Vehicles = [.. fleet.Vehicles, .. trucks],
        }, Json);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = DateOnly.FromDateTime(cloud.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        return new CollectionTown(name, day, ids, [.. trucks.Select(t => t.Id)]);
    }

    /// <summary>Plans the town's day through the API with <paramref name="policy"/>.</summary>
    public async Task<JsonElement> PlanAsync(WebCloud cloud, string policy = "daily")
    {
        var response = await cloud.Api.PostAsync($"{PlanPath}?policy={policy}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The town's plan as the API gives it now.</summary>
    public async Task<JsonElement> PlanNowAsync(WebCloud cloud) => await cloud.Api.GetFromJsonAsync<JsonElement>(PlanPath);

    /// <summary>The route of <paramref name="truck"/> in <paramref name="plan"/>.</summary>
    public static JsonElement Route(JsonElement plan, string truck) =>
        plan.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("vehicleId").GetString() == truck);

    /// <summary>The bin stops of <paramref name="route"/>, in order.</summary>
    public static IReadOnlyList<JsonElement> BinStops(JsonElement route) =>
        [.. route.GetProperty("stops").EnumerateArray().Where(s => !s.GetProperty("isDisposal").GetBoolean())];

    // Crews report and dispatchers re-plan during the trucks' shift (05:00 to 13:00): other tests move the shared
    // clock on, so a town set up later than 11:00 in the city starts at 06:00 of the next day (the clock never goes back).
    private static void StartDuringTheShift(WebCloud cloud)
    {
        var local = cloud.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        if (local.Hour is >= 5 and < 11)
        {
            return;
        }

        var morning = new DateTimeOffset(local.Date, local.Offset).AddHours(6);
        cloud.Clock.SetUtcNow(local.Hour < 5 ? morning : morning.AddDays(1));
    }

    private static async Task WaitForForecastAsync(WebCloud cloud, string id)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await cloud.Api.GetAsync($"/api/devices/{id}/forecast")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{id} has no forecast: its reading was not stored");
    }
}
