namespace Waste.Web.Security;

/// <summary>Whether a return address stays on this site, by ASP.NET Core's rule for local redirects: a path starting
/// with one '/' (not "//" or "/\", which browsers read as another host), without control characters.</summary>
public static class LocalUrl
{
    /// <summary>True when redirecting to <paramref name="url"/> stays on this site.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
