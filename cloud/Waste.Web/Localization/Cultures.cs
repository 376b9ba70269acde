using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Waste.Web.Localization;

/// <summary>The languages of the web app: Vietnamese by default, English on request; numbers and dates follow the
/// language (vi-VN: 1.234,5 and 26/11/2026; English: 1,234.5 and 26 Nov 2026, never 11/26/2026, which a reader used to
/// day-first dates takes for the 11th of a 26th month, nor 12/08/2026, which reads as two different days).</summary>
public static class Cultures
{
    /// <summary>The default: Vietnamese as written in Vietnam.</summary>
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>English, with dates that name their month and a 24-hour clock.</summary>
    public static readonly CultureInfo English = Unambiguous(CultureInfo.GetCultureInfo("en-US"));

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

    private static CultureInfo Unambiguous(CultureInfo culture)
    {
        var copy = (CultureInfo)culture.Clone();
        copy.DateTimeFormat.ShortDatePattern = "d MMM yyyy";
        copy.DateTimeFormat.ShortTimePattern = "HH:mm";
        copy.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        return CultureInfo.ReadOnly(copy);
    }

    /// <summary>The supported culture named <paramref name="name"/>, or null.</summary>
    public static CultureInfo? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
