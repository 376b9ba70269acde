using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Waste.Host.Api;

/// <summary>
/// A JSON answer a poller can check instead of reading again: it carries an <c>ETag</c> (a hash of its bytes) and
/// <c>Cache-Control: private, no-cache</c>, and a request whose <c>If-None-Match</c> names that tag gets
/// <c>304 Not Modified</c> without a body. A browser's fetch revalidates so by itself; the dispatcher's page reads a
/// depot's day (routes and a decision per bin, a few hundred kilobytes) every five seconds, and it changes only when
/// a crew reports or the day is re-planned.
/// </summary>
public static class ConditionalAnswer
{
    /// <summary>The answer for <paramref name="value"/> written with <paramref name="options"/>: 200 with its tag, or
    /// 304 when the request already holds it.</summary>
    public static IResult Json<T>(HttpContext context, T value, JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var tag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Private = true, NoCache = true };
        var held = context.Request.GetTypedHeaders().IfNoneMatch;
        return held.Any(h => h.Equals(EntityTagHeaderValue.Any) || h.Compare(tag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }
}
