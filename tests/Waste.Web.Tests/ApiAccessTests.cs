using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The HTTP API answers only people signed in and API tokens, each as far as their role goes.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiAccessTests(WebFixture web)
{
    [Theory]
    [InlineData("/api/devices")]
    [InlineData("/api/forecasts")]
    [InlineData("/api/alerts")]
    [InlineData("/api/alerts/stream")]
    [InlineData("/api/zones")]
    [InlineData("/api/hub/stats")]
    [InlineData("/api/reports?period=2026-11")]
    [InlineData("/ngsi-ld/v1/entities?type=WasteContainer")]
    [InlineData("/geojson/bins")]
    public async Task Anonymous_calls_are_refused_with_401_not_a_sign_in_page(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };

        var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Crew, "GET", "/api/forecasts", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Crew, "GET", "/api/alerts", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Donre, "POST", "/api/alerts/no-such-alert/acknowledge", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Maintenance, "POST", "/api/alerts/no-such-alert/acknowledge", HttpStatusCode.NotFound)]
    [InlineData(Roles.Dispatcher, "GET", "/api/forecasts", HttpStatusCode.OK)]
    [InlineData(Roles.Dispatcher, "GET", "/api/devices/any/twin", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Maintenance, "GET", "/api/reports?period=2026-11", HttpStatusCode.Forbidden)]
    public async Task A_token_reaches_what_its_role_allows_and_nothing_else(string role, string method, string path, HttpStatusCode expected)
    {
        var (_, secret) = web.Cloud.Services.GetRequiredService<ApiTokens>().Issue($"test {role}", [role], "test");
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { by = "someone", note = "x" }) : null,
        };

        var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Any_bearer_text_that_is_not_a_token_is_refused_and_the_host_keeps_answering()
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        var statuses = new List<HttpStatusCode>();

        await Gen.OneOf(Gen.String, Gen.String.Select(s => ApiTokens.Prefix + s), Gen.Char.AlphaNumeric.Array[40].Select(c => ApiTokens.Prefix + new string(c)))
            .Where(s => s.All(c => c is >= ' ' and <= '~'))
            .SampleAsync(async secret =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/devices");
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + secret);
                statuses.Add((await http.SendAsync(request)).StatusCode);
            }, iter: 200, threads: 1);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.OK, (await web.Cloud.Api.GetAsync("/api/devices")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = WebCloud.UserOf(Roles.Admin),
            ["Password"] = web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Admin)),
        });

        var response = await http.PostAsync("/signin", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("waste.session", StringComparison.Ordinal)));
    }
}
