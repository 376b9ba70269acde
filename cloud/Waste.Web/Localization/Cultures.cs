using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Waste.Web.Localization;

/// <summary>The languages of the web app: Vietnamese by default, English on request; numbers and dates follow the
/// language (vi-VN: 1.234,5 and 26/11/2026).</summary>
public static class Cultures
{
    /// <summary>The default: Vietnamese as written in Vietnam.</summary>
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>English.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Every supported culture.</summary>
    public static readonly IReadOnlyList<CultureInfo> All = [Vietnamese, English];

    /// <summary>The request localisation: the language a person chose (cookie), or asked for in the query string
    /// (<c>?culture=en-US</c>), else Vietnamese. The browser's own language is not consulted: the city's staff work in
    /// Vietnamese whatever their browser says.</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [.. All],
            SupportedUICultures = [.. All],
        };
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>The supported culture named <paramref name="name"/>, or null.</summary>
    public static CultureInfo? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
