using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Waste.Grains.Alerts;
using Waste.Host.Api;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web;

namespace Waste.Web.Tests;

/// <summary>Random JSON, and mangled versions of the right JSON, at every API route a body can be sent to, with the API
/// token that may call them all and parameters naming things that exist: never a server error; every request stored or
/// refused with a 4xx that says why, and every refusal counted (<see cref="ApiRefusals"/>); the host still answers
/// afterwards.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ApiBodyFuzzTests(WebFixture web)
{
    private static readonly string[] Names = ["by", "note", "reason", "available", "depots", "disposalSites", "vehicles", "id", "name", "latitude", "longitude", "crew", "streams", "capacityLitres", "capacityKilograms", "shiftStart", "shiftEnd", "telemetry_interval_s", "x"];

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("\"\""), Gen.Const("1e999"), Gen.Const("-0"), Gen.Const("9223372036854775808"),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "0"),
        Gen.String.Select(s => System.Text.Json.JsonSerializer.Serialize(s)),
        Gen.Const("\"blocked\""), Gen.Const("\"10:00:00\""), Gen.Const("\"recyclable\""));

    private static readonly Gen<string> Json = Gen.Recursive<string>((depth, json) => depth > 4
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, json.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (4, Gen.Select(Gen.OneOf(Names), json).Array[0, 5].Select(members => "{" + string.Join(",", members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}"))));

    // Far from every other test's town: the fuzz's depot, bin and toilet.
    private const double Latitude = 9.5;
    private const double Longitude = 104.5;

    private static readonly string[] Valid =
    [
        """{"note":"checked"}""",
        """{"reason":"blocked"}""",
        """{"available":false}""",
        FormattableString.Invariant($$"""{"depots":[{"id":"d1","name":"Depot","latitude":{{Latitude}},"longitude":{{Longitude}}}],"disposalSites":[],"vehicles":[{"id":"t1","depotId":"d1","capacityLitres":10000,"capacityKilograms":5000,"streams":["residual"],"crew":["crew"]}]}"""),
        """{"telemetry_interval_s":900}""",
    ];

    [Fact]
    public async Task Random_json_at_every_route_that_takes_a_body_is_stored_or_refused_with_its_reason_and_counted()
    {
        var routes = BodyRoutes();
        // Routes that bind a body are there, and so is one that reads its own (a multipart form: nothing says it takes one).
        Assert.All(BindingABody(), route => Assert.Contains(route, routes));
        Assert.Contains(("POST", "/api/public/reports"), routes);
        var fleet = await web.Cloud.Api.GetStringAsync("/api/fleet");
        var things = await ThingsToNameAsync();
        var refusals = web.Cloud.Services.GetRequiredService<ApiRefusals>();
        var countedBefore = Enumerable.Range(400, 100).ToDictionary(status => status, refusals.Total);
        var answers = new List<Answer>();

        await Gen.Select(Gen.Int[0, routes.Count - 1], Gen.Frequency((3, Json), (2, Gen.OneOf(Valid).SelectMany(Mangled))))
            .SampleAsync(async (route, body) =>
            {
                var (method, pattern) = routes[route];
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(pattern, things)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await web.Cloud.Api.SendAsync(request);
                answers.Add(new Answer($"{method} {pattern} {body}", pattern, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
            }, iter: 400, threads: 1);

        var counted = Enumerable.Range(400, 100).Select(status => (status, refusals.Total(status) - countedBefore[status])).Where(c => c.Item2 > 0).ToList();
        // The fuzz may have replaced the fleet: the other tests' towns get theirs back.
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.PutAsync("/api/fleet", new StringContent(fleet, Encoding.UTF8, "application/json"))).StatusCode);

        None(answers.Where(a => a.Status is < 200 or > 499).Select(a => $"{a.Request} -> {a.Status} {a.Body}"));
        None(answers.Where(a => a.Status >= 400 && !SaysWhy(a)).Select(a => $"{a.Request} -> {a.Status} {a.MediaType} {a.Body}"));
        Assert.Equal(answers.Where(a => a.Status >= 400).GroupBy(a => a.Status).Select(g => (g.Key, (long)g.Count())).OrderBy(c => c.Key), counted);
        Assert.Equal(routes.Select(r => r.Pattern).Distinct().Order(), answers.Select(a => a.Pattern).Distinct().Order());
        // Named things were reached: something was stored, not only refused.
        Assert.Contains(answers, a => a.Status is >= 200 and < 300 && a.Pattern.Contains("{id}", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.GetAsync("/api/devices")).StatusCode);
    }

    private static void None(IEnumerable<string> failures)
    {
        var all = failures.ToList();
        Assert.True(all.Count == 0, string.Join("\n", all));
    }

    // Things the routes' parameters can name, so that a body reaches the code behind them: a bin and a toilet in a ward
    // of their own, an alert on the bin, a depot and truck of the fuzz's fleet and its day's plan.
    private async Task<Things> ThingsToNameAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var bin = new RegisteredDevice
        {
            Id = $"fuzz-bin-{suffix}", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Fuzz", District = "Fuzz",
            Stream = WasteStream.Residual, CapacityLitres = 240, Latitude = Latitude, Longitude = Longitude,
        };
        var toilet = SimulatedDevice.Toilet($"fuzz-wc-{suffix}", "Fuzz", "Fuzz") with { Latitude = Latitude, Longitude = Longitude };
        await web.Cloud.RegisterAsync(bin);
        await web.Cloud.RegisterAsync(toilet);
        var alert = await web.Cloud.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey)
            .Raise(new AlertCondition(bin.Id, AlertKind.BinFire, web.Cloud.Clock.GetUtcNow(), "fuzz", "Fuzz", "Fuzz"));
        Assert.NotNull(alert);
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.PutAsync("/api/fleet", new StringContent(Valid[3], Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.PostAsync($"/api/plans/d1/{Day}", null)).StatusCode);
        return new Things(bin.Id, toilet.Id, alert.Id);
    }

    private string Day => web.Cloud.Clock.GetUtcNow().AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // A refusal that says why: JSON whose status is the answer's, with a title, a detail or errors (RFC 9457 problem
    // details), or a direct method's answer (IoT Hub's shape: the status and the device's or the hub's payload).
    private static bool SaysWhy(Answer answer)
    {
        if (answer.MediaType is not ("application/problem+json" or "application/json"))
        {
            return false;
        }

        using var body = JsonDocument.Parse(answer.Body);
        var root = body.RootElement;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out var status) && status.GetInt32() == answer.Status
            && (answer.MediaType == "application/problem+json"
                ? root.TryGetProperty("detail", out _) || root.TryGetProperty("title", out _) || root.TryGetProperty("errors", out _)
                : root.TryGetProperty("payload", out _));
    }

    // Every route on the machine paths that a body can be sent to, as the app's own endpoints list them (so a new
    // route is fuzzed without a word here): those that bind one, those that read it themselves, those that ignore it.
    private List<(string Method, string Pattern)> BodyRoutes() =>
        [.. web.Cloud.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText?.TrimStart('/')))
            .Where(e => WasteWeb.IsMachinePath(e.Pattern))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (m, e.Pattern)))
            .Distinct()];

    private IEnumerable<(string Method, string Pattern)> BindingABody() =>
        web.Cloud.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText?.TrimStart('/'))));

    // Each parameter names a thing that exists (a parameter a new route brings gets a value nothing has).
    private string Fill(string pattern, Things things) => Parameter().Replace(pattern, parameter => parameter.Value switch
    {
        "{id}" when pattern.StartsWith("/api/alerts/", StringComparison.Ordinal) => things.Alert,
        "{id}" when pattern.StartsWith("/api/toilets/", StringComparison.Ordinal) => things.Toilet,
        "{id}" when pattern.StartsWith("/api/fleet/vehicles/", StringComparison.Ordinal) => "t1",
        "{id}" or "{bin}" => things.Bin,
        "{depot}" => "d1",
        "{vehicle}" => "t1",
        "{day}" => Day,
        "{method}" => "ping",
        _ => "fuzz-value",
    });

    private static Gen<string> Mangled(string json) => Gen.Int[0, 3].SelectMany(flips => Gen.Select(Gen.Int[0, json.Length - 1].Array[flips], Gen.Char['!', '~'].Array[flips])
        .Select(change =>
        {
            var characters = json.ToCharArray();
            for (var i = 0; i < change.Item1.Length; i++)
            {
                characters[change.Item1[i]] = change.Item2[i];
            }

            return new string(characters);
        }));

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex Parameter();

    private sealed record Things(string Bin, string Toilet, string Alert);

    private sealed record Answer(string Request, string Pattern, int Status, string? MediaType, string Body);
}
