using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waste.Web.Access;

namespace Waste.Web.Tests.Citizens;

/// <summary>Nothing staff-only leaves through the public side: every public answer and page, read by a stranger, is
/// searched for every device id and key, every crew member, truck and depot of the fleet, and every alert note and
/// name of whoever handled one; and no answer has a member that names such a thing.</summary>
[Collection(WebCollection.Name)]
public sealed class PublicLeakTests(WebFixture web) : IAsyncLifetime
{
    private static readonly string[] StaffMembers =
        ["deviceId", "primaryKey", "secondaryKey", "notes", "acknowledgedBy", "resolvedBy", "crew", "vehicles", "vehicleId", "levelPercent", "detail", "alertId", "token"];

    public async Task InitializeAsync()
    {
        await CitizenTown.PrepareAsync(web.Cloud);
        // A truck with a crew of its own, and a note on an alert, so there is something to leak.
        var fleet = (await web.Cloud.Api.GetFromJsonAsync<JsonObject>("/api/fleet"))!;
        if (!fleet.ToJsonString().Contains("leak-test-truck", StringComparison.Ordinal))
        {
            fleet["depots"]!.AsArray().Add(new JsonObject { ["id"] = "leak-test-depot", ["name"] = "Kho bí mật", ["latitude"] = 11.21, ["longitude"] = 106.81 });
            if (fleet["disposalSites"]!.AsArray().Count == 0)
            {
                fleet["disposalSites"]!.AsArray().Add(JsonNode.Parse("""
                    {"id":"leak-test-landfill","name":"Bãi rác","latitude":11.13,"longitude":106.58,"streams":["Residual"],"unloadTime":"00:15:00","opens":"00:00:00","closes":"23:59:00"}
                    """));
            }

            fleet["vehicles"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "leak-test-truck", ["depotId"] = "leak-test-depot", ["capacityLitres"] = 8000, ["capacityKilograms"] = 4000,
                ["streams"] = new JsonArray("Residual"), ["crew"] = new JsonArray("leak-test-crew-member"),
            });
            var put = await web.Cloud.Api.PutAsJsonAsync("/api/fleet", fleet);
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        var leak = (await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/alerts?device={CitizenTown.Leaking}")).EnumerateArray().First();
        await web.Cloud.Api.PostAsJsonAsync($"/api/alerts/{leak.GetProperty("id").GetString()}/acknowledge", new { by = "Test maintenance", note = "staff-note-7f3a" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_public_answers_and_pages_hold_no_device_id_key_crew_truck_or_note()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        var code = CitizenTown.CodeOf(web.Cloud, CitizenTown.ToReport[0]);
        var report = await ProofOfWork.ReportAsync(anonymous, CitizenTown.CodeOf(web.Cloud, CitizenTown.Occupied), "Other", "cửa hỏng");
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var link = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var lat = CitizenTown.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lon = CitizenTown.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] apis =
        [
            "/api/public/wards", $"/api/public/toilets?lat={lat}&lon={lon}&limit=50", "/api/public/toilets?lat=10.98&lon=106.65&limit=50",
            $"/api/public/bins?lat={lat}&lon={lon}&radius=3000", "/api/public/bins?lat=10.98&lon=106.65&radius=3000", "/api/public/sorting",
            $"/api/public/sorting?district={CitizenTown.District}&ward={CitizenTown.Ward}", "/api/public/display", $"/api/public/devices/{code}",
            $"/api/public/challenge?code={code}", $"/api/public/reports/{link}",
        ];
        string[] pages = ["/public", $"/r/{code}", $"/public/reports/{link}", "/display"];
        var answers = new Dictionary<string, string>();
        foreach (var path in apis.Concat(pages))
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            answers[path] = await response.Content.ReadAsStringAsync();
        }

        answers["/api/public/stream"] = await FirstEventAsync(anonymous);

        var secrets = await StaffOnlyAsync();
        Assert.Contains("leak-test-crew-member", secrets);
        Assert.Contains("staff-note-7f3a", secrets);
        Assert.Contains(CitizenTown.Working, secrets);
        foreach (var (path, body) in answers)
        {
            Assert.Equal([], secrets.Where(secret => body.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{path} holds {secret}"));
            if (!pages.Contains(path))
            {
                Assert.Equal([], Members(JsonNode.Parse(body)).Where(StaffMembers.Contains).Select(member => $"{path} has member {member}"));
            }
        }
    }

    // What only staff may know: device ids and keys, the fleet's depots, trucks and crews, alert notes and handlers.
    private async Task<HashSet<string>> StaffOnlyAsync()
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var device in web.Cloud.Registry.All())
        {
            secrets.Add(device.Id);
            secrets.Add(device.PrimaryKey);
            if (device.SecondaryKey is { } secondary)
            {
                secrets.Add(secondary);
            }
        }

        var fleet = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/fleet");
        foreach (var depot in fleet.GetProperty("depots").EnumerateArray())
        {
            secrets.Add(depot.GetProperty("id").GetString()!);
            secrets.Add(depot.GetProperty("name").GetString()!);
        }

        foreach (var truck in fleet.GetProperty("vehicles").EnumerateArray())
        {
            secrets.Add(truck.GetProperty("id").GetString()!);
            foreach (var member in truck.GetProperty("crew").EnumerateArray())
            {
                secrets.Add(member.GetString()!);
            }
        }

        foreach (var alert in (await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/alerts?limit=5000")).EnumerateArray())
        {
            foreach (var note in alert.GetProperty("notes").EnumerateArray())
            {
                secrets.Add(note.GetProperty("text").GetString()!);
                secrets.Add(note.GetProperty("by").GetString()!);
            }
        }

        foreach (var role in Roles.All)
        {
            secrets.Add($"Test {role}");
        }

        secrets.RemoveWhere(s => s.Length < 4);
        return secrets;
    }

    private async Task<string> FirstEventAsync(HttpClient anonymous)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await anonymous.GetAsync("/api/public/stream", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the stream ended without an event");
    }

    private static IEnumerable<string> Members(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Members(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Members),
        _ => [],
    };
}
