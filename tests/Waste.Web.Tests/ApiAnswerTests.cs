using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The API answers as a good API does: refusals as RFC 9457 problem details saying what was wrong, names of
/// values in any case, numbers without binary noise, every instant in UTC, and those conventions in the OpenAPI
/// document.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ApiAnswerTests(WebFixture web)
{
    [Fact]
    public async Task A_call_without_credentials_gets_a_problem_saying_how_to_sign_in()
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };

        var problem = await ProblemAsync(await http.GetAsync("/api/devices"), HttpStatusCode.Unauthorized);

        Assert.Contains("No credentials", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_call_with_an_unknown_token_gets_a_problem_saying_the_token_is_unknown()
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTokens.Prefix + new string('x', 40));

        var problem = await ProblemAsync(await http.GetAsync("/api/forecasts"), HttpStatusCode.Unauthorized);

        Assert.Contains("unknown or revoked", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_role_that_does_not_reach_gets_a_problem_naming_the_roles_needed()
    {
        var (_, secret) = web.Cloud.Services.GetRequiredService<ApiTokens>().Issue("crew only", [Roles.Crew], "test");
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var problem = await ProblemAsync(await http.GetAsync("/api/alerts"), HttpStatusCode.Forbidden);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("crew", detail);
        Assert.Contains("maintenance", detail);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_400_problem_naming_the_parameter()
    {
        var problem = await ProblemAsync(
            await web.Cloud.Api.PutAsync("/api/fleet", new StringContent("{ depots: [", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Contains("configuration", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_value_that_names_nothing_gets_a_400_problem_listing_the_names()
    {
        var problem = await ProblemAsync(await web.Cloud.Api.GetAsync("/api/devices?kind=tiolet"), HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("tiolet", detail);
        Assert.Contains("Toilet", detail);
    }

    [Fact]
    public async Task An_unknown_api_path_gets_a_404_problem()
    {
        var problem = await ProblemAsync(await web.Cloud.Api.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);

        Assert.Contains("/api/docs", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("toilet")]
    [InlineData("Toilet")]
    [InlineData("TOILET")]
    public async Task Kind_is_read_in_any_case(string kind)
    {
        await web.Cloud.Registry.SaveAsync([SimulatedDevice.Toilet("case-toilet")]);

        var devices = await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/devices?kind={kind}");

        Assert.Contains(devices.EnumerateArray(), d => d.GetProperty("id").GetString() == "case-toilet");
        Assert.All(devices.EnumerateArray(), d => Assert.Equal("Toilet", d.GetProperty("kind").GetString()));
        var alerts = await web.Cloud.Api.GetAsync("/api/alerts?state=open&kind=toiletodour");
        Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
    }

    [Fact]
    public async Task A_fill_with_binary_noise_is_written_as_people_write_it_and_every_instant_is_utc()
    {
        var device = SimulatedDevice.Bin("noise-bin", WasteStream.Recyclable, 10.99, 106.66);
        await using (var bin = await SimulatedDevice.ConnectAsync(web.Cloud, device))
        {
            // What a firmware that measures 0.799 m of a 1 m deep bin works out: 100 × (1 − 0.799) = 20.099999999999998.
            await bin.SendAsync(new { fill_pct = 100 * (1 - 0.799) });
        }

        var json = await WaitForAsync($"/api/devices/{device.Id}/forecast");
        var forecasts = await web.Cloud.Api.GetStringAsync("/api/forecasts");
        var plan = await web.Cloud.Api.GetStringAsync("/api/fleet");

        Assert.Contains("\"levelPercent\":20.1,", json);
        Assert.Contains("\"levelPercent\":20.1,", forecasts);
        Assert.DoesNotMatch(NoisyNumber(), json + forecasts + plan);
        var instants = Instant().Matches(json + forecasts).Select(m => m.Value).ToList();
        Assert.NotEmpty(instants);
        Assert.All(instants, instant => Assert.EndsWith("Z\"", instant));
    }

    [Fact]
    public async Task The_openapi_document_states_the_conventions()
    {
        var document = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var description = document.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("UTC", description);
        Assert.Contains("RFC 9457", description);
        Assert.Contains("any case", description);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    private async Task<string> WaitForAsync(string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await web.Cloud.Api.GetAsync(path);
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{path} never answered");
    }

    // A number with 16 or more significant digits after the point: the mark of binary noise.
    [GeneratedRegex(@"[:\[,]-?\d+\.\d{15,}")]
    private static partial Regex NoisyNumber();

    [GeneratedRegex("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?[^\"]*\"")]
    private static partial Regex Instant();
}
