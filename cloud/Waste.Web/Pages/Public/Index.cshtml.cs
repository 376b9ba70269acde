using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Waste.Web.Public;

namespace Waste.Web.Pages.Public;

/// <summary>The public page, phone first: toilets near the citizen (their location or a ward), their ward's sorting
/// rate, bins nearby by fill colour, and how to report a problem. The page loads its figures from <c>/api/public</c>.</summary>
public sealed class IndexModel(PublicCity city) : PageModel
{
    /// <summary>The wards that have devices.</summary>
    public IReadOnlyList<WardFacts> Wards { get; private set; } = [];

    /// <summary>Loads the wards.</summary>
    public async Task OnGetAsync() => Wards = (await city.CurrentAsync()).Wards;

    /// <summary>The words the page's script shows.</summary>
    public Dictionary<string, string> ScriptText(IStringLocalizer<PublicText> text)
    {
        var words = new Dictionary<string, string>();
        foreach (var key in new[]
        {
            "locating", "location refused", "no toilet", "free", "occupied", "last cleaned", "not yet recorded", "accessible",
            "not accessible", "access not surveyed", "nearest open toilet", "away", "in", "Report a problem", "this month",
            "last month", "Ward", "District", "Province", "middle of the ward", "no sorting data", "bins within", "you are here", "of which nearly full",
            "loading failed",
        })
        {
            words[key] = text[key];
        }

        foreach (var status in Enum.GetValues<ToiletStatus>())
        {
            words[$"status.{status}"] = text[$"ToiletStatus.{status}"];
        }

        foreach (var odour in Enum.GetValues<OdourLevel>())
        {
            words[$"odour.{odour}"] = text[$"OdourLevel.{odour}"];
        }

        foreach (var fill in Enum.GetValues<FillBand>())
        {
            words[$"fill.{fill}"] = text[$"FillBand.{fill}"];
        }

        return words;
    }
}
