namespace Waste.Host.Api;

/// <summary>
/// RFC 7240's <c>Prefer: return=minimal</c>: a client that does not need the changed resource back (a crew's app
/// sending queued reports, the simulator's crews) gets 204 No Content, and the server is spared serialising a depot's
/// whole day for each emptied bin.
/// </summary>
public static class ReturnPreference
{
    /// <summary>True when the request prefers a minimal answer.</summary>
    public static bool IsMinimal(HttpRequest request) =>
        request.Headers["Prefer"].SelectMany(value => (value ?? "").Split([',', ';'], StringSplitOptions.TrimEntries))
            .Any(preference => preference.Equals("return=minimal", StringComparison.OrdinalIgnoreCase));

    /// <summary>The minimal answer, saying the preference was applied.</summary>
    public static IResult Applied(HttpResponse response)
    {
        response.Headers["Preference-Applied"] = "return=minimal";
        return Results.NoContent();
    }
}
