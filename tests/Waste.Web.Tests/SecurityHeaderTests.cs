using System.Net;
using CsCheck;
using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>Every answer carries the security headers; every page runs under its Content-Security-Policy without a
/// violation; cookies are secure when the client came over HTTPS; a language switch never leaves the site.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeaderTests(WebFixture web)
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/no-such-page")]
    [InlineData("/api/devices")]
    [InlineData("/assets/app.css")]
    public async Task Pages_errors_the_api_and_files_carry_the_security_headers(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };

        var response = await http.GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Every_page_of_every_role_runs_without_a_content_security_policy_violation()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in new[] { "/crew", "/dispatch", "/maintenance", "/reports", "/admin/devices", "/admin/users", "/admin/tokens", "/account/password", "/api/docs" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.GotoAsync("/maintenance");
        await page.SelectOptionAsync("select[name=kind]", new SelectOptionValue { Index = 1 });
        await page.WaitForFunctionAsync("() => location.search.includes('kind=')");

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_the_client_came_over_https()
    {
        using var overTls = new FormClient(web.Cloud, forwardedFor: "203.0.113.50", forwardedProto: "https");
        using var plain = new FormClient(web.Cloud, forwardedFor: "203.0.113.51");

        var secure = await overTls.SignInAsync(WebCloud.UserOf(Roles.Donre), web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Donre)));
        var local = await plain.SignInAsync(WebCloud.UserOf(Roles.Donre), web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Donre)));

        Assert.Equal(HttpStatusCode.Redirect, secure.StatusCode);
        var session = Assert.Single(secure.Headers.GetValues("Set-Cookie"), c => c.StartsWith("waste.session=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age", Header(secure, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.DoesNotContain("secure", Assert.Single(local.Headers.GetValues("Set-Cookie"), c => c.StartsWith("waste.session=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_language_switch_to_another_site_goes_home_instead(string returnUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(web.Cloud.BaseUrl) };

        var response = await http.GetAsync($"/culture/en-US?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Any_return_address_switches_the_language_and_stays_on_the_site()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        var answers = new List<(string Url, HttpStatusCode Status, Uri? Location)>();

        await Gen.OneOf(Gen.String, Gen.String.Select(s => "/" + s), Gen.String.Select(s => "/\\" + s), Gen.Char['\0', '\u007f'].Array[0, 20].Select(c => new string(c)))
            .SampleAsync(async url =>
            {
                var response = await http.GetAsync("/culture/vi-VN?returnUrl=" + Uri.EscapeDataString(url));
                answers.Add((url, response.StatusCode, response.Headers.Location));
            }, iter: 200, threads: 1);

        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.Redirect, a.Status);
            Assert.False(a.Location!.IsAbsoluteUri, $"{a.Url} led to {a.Location}");
            Assert.True(Waste.Web.Security.LocalUrl.IsLocal(a.Location.OriginalString), $"{a.Url} led to {a.Location}");
        });
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : "";
}
