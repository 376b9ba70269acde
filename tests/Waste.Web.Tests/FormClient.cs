using System.Net;
using System.Text.RegularExpressions;

namespace Waste.Web.Tests;

/// <summary>A browser-less client of the site's forms: keeps cookies, reads a page's anti-forgery token, posts the
/// form with it, and can say which client address and scheme it comes from (the test host trusts loopback as its
/// proxy). Cookies are kept by name and sent back whatever their Secure flag, as a browser talking HTTPS to the
/// proxy would.</summary>
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = [];

    public FormClient(WebCloud cloud, string? forwardedFor = null, string? forwardedProto = null)
    {
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(cloud.BaseUrl) };
        if (forwardedFor is not null)
        {
            _http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            _http.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }
    }

    /// <summary>Sends <paramref name="request"/> with the cookies kept, and keeps those the answer sets.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = cookie.Split(';', 2)[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        return response;
    }

    /// <summary>Opens <paramref name="page"/>, then posts <paramref name="fields"/> to it (or to its handler) with the
    /// page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string page, IDictionary<string, string> fields, string? handler = null)
    {
        var html = await (await SendAsync(new HttpRequestMessage(HttpMethod.Get, page))).Content.ReadAsStringAsync();
        var token = AntiForgeryToken().Match(html);
        Assert.True(token.Success, $"{page} has no anti-forgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler is null ? page : $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) });
    }

    /// <summary>Signs in through the form, in English; the answer (a redirect when it worked).</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        PostAsync("/signin?culture=en-US", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)["]""")]
    private static partial Regex AntiForgeryToken();
}
