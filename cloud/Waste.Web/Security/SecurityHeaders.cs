using Microsoft.Extensions.Options;

namespace Waste.Web.Security;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that lets pages run only the host's own scripts and
/// styles (no inline script, no other origin but the map's tile server), no framing by other sites, no content-type
/// sniffing, referrers kept to this site, and HSTS over HTTPS. Set when the answer starts, so error answers carry them
/// too. The API reference (<c>/api/docs</c>, Scalar) runs inline script and styles of its own and gets a policy that
/// allows them, and nothing from elsewhere.
/// </summary>
public sealed class SecurityHeaders(IOptions<WebOptions> options) : IMiddleware
{
    private readonly string _pagePolicy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        $"img-src 'self' data:{TileSource(options.Value.Map.TileUrl)}",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to <paramref name="context"/>'s answer when it starts.</summary>
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase) ? ApiReferencePolicy : _pagePolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    // The map's tiles come from the configured server: its origin, a {s} subdomain as a wildcard.
    private static string TileSource(string tileUrl)
    {
        if (tileUrl.Length == 0)
        {
            return "";
        }

        var schemeEnd = tileUrl.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return "";
        }

        var hostEnd = tileUrl.IndexOf('/', schemeEnd + 3);
        var origin = hostEnd < 0 ? tileUrl : tileUrl[..hostEnd];
        origin = System.Text.RegularExpressions.Regex.Replace(origin, @"\{[^}]*\}", "*");
        return origin.All(c => c is not (';' or ' ' or '\'' or ',')) ? " " + origin : "";
    }
}
