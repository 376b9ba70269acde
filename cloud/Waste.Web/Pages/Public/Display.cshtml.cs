using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Waste.Web.Public;

namespace Waste.Web.Pages.Public;

/// <summary>The province display (<c>/display</c>): one page for an operations centre's wall screen, live from
/// <c>/api/public/stream</c>: a map of toilets and bins, the city's counts, today's collections and open toilet
/// problems by ward, and the districts' sorting rates. Public facts and counts only, like the public page.</summary>
public sealed class DisplayModel : PageModel
{
    /// <summary>The words the page's script shows.</summary>
    public static Dictionary<string, string> ScriptText(IStringLocalizer<PublicText> text)
    {
        var words = new Dictionary<string, string>();
        foreach (var key in new[] { "live", "reconnecting", "updated", "this month", "last month", "Province", "none" })
        {
            words[key] = text[key];
        }

        foreach (var status in Enum.GetValues<ToiletStatus>())
        {
            words[$"status.{status}"] = text[$"ToiletStatus.{status}"];
        }

        foreach (var fill in Enum.GetValues<FillBand>())
        {
            words[$"fill.{fill}"] = text[$"FillBand.{fill}"];
        }

        return words;
    }
}
