using System.Net;
using System.Text;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Waste.Web.Tests;

/// <summary>Random JSON, and mangled versions of the right JSON, at every API route that takes a body, with the API
/// token that may call them all: never a server error, every request answered (stored or refused with a 4xx), and the
/// host still answers afterwards.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiBodyFuzzTests(WebFixture web)
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
            (4, Gen.Select(Gen.OneOfConst(Names), json).Array[0, 5].Select(members => "{" + string.Join(",", members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}"))));

    private static readonly string[] Valid =
    [
        """{"note":"checked"}""",
        """{"reason":"blocked"}""",
        """{"available":false}""",
        """{"depots":[{"id":"d1","name":"Depot","latitude":10.98,"longitude":106.65}],"disposalSites":[],"vehicles":[{"id":"t1","depotId":"d1","capacityLitres":10000,"capacityKilograms":5000,"streams":["residual"],"crew":["crew"]}]}""",
        """{"telemetry_interval_s":900}""",
    ];

    [Fact]
    public async Task Random_json_at_every_route_that_takes_a_body_never_answers_a_server_error()
    {
        var routes = BodyRoutes();
        Assert.Contains(routes, r => r.Pattern.Contains("acknowledge", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Pattern.Contains("fleet", StringComparison.Ordinal));
        var answers = new List<(string Method, string Path, string Body, HttpStatusCode Status)>();
        var fleet = await web.Cloud.Api.GetStringAsync("/api/fleet");

        await Gen.Select(Gen.Int[0, routes.Count - 1], Gen.Frequency((3, Json), (2, Gen.OneOfConst(Valid).SelectMany(Mangled))))
            .SampleAsync(async pair =>
            {
                var (method, pattern) = routes[pair.Item1];
                var path = Fill(pattern);
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(pair.Item2, Encoding.UTF8, "application/json") };
                var response = await web.Cloud.Api.SendAsync(request);
                answers.Add((method, path, pair.Item2, response.StatusCode));
            }, iter: 400, threads: 1, seed: "0N0XIzNsQ0O2");

        // The fuzz may have replaced the fleet with a valid one: the other tests' towns get theirs back.
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.PutAsync("/api/fleet", new StringContent(fleet, Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal([], answers.Where(a => (int)a.Status >= 500).Select(a => $"{a.Method} {a.Path} {a.Body} -> {(int)a.Status}"));
        Assert.All(answers, a => Assert.InRange((int)a.Status, 200, 499));
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.GetAsync("/api/devices")).StatusCode);
    }

    private List<(string Method, string Pattern)> BodyRoutes() =>
        [.. web.Cloud.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH")
                .Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()];

    // Route values that exist where the fixture has them, and that do not otherwise.
    private static string Fill(string pattern) => pattern
        .Replace("{depot}", "d1", StringComparison.Ordinal)
        .Replace("{day}", "2026-11-26", StringComparison.Ordinal)
        .Replace("{vehicle}", "t1", StringComparison.Ordinal)
        .Replace("{bin}", "bin-fuzz", StringComparison.Ordinal)
        .Replace("{method}", "ping", StringComparison.Ordinal)
        .Replace("{id}", "fuzz-1", StringComparison.Ordinal);

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
}
