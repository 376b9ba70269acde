using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Waste.Grains.Alerts;
using Waste.Grains.Rules;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Web.Pages.Maintenance;

/// <summary>
/// The live alert board: unresolved alerts filtered by kind and ward, kept current by the alert stream
/// (<c>/api/alerts/stream</c>) without a reload; acknowledge and resolve with a note, recorded under the signed-in
/// person's name; how fast alerts were handled.
/// </summary>
public sealed class BoardModel(
    IGrainFactory grains, IDeviceRegistry registry, IOptions<DeviceRules> rules,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : PageModel
{
    /// <summary>Only this kind.</summary>
    [BindProperty(SupportsGet = true)]
    public AlertKind? Kind { get; set; }

    /// <summary>Only this ward.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ward { get; set; }

    /// <summary>The unresolved alerts shown.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    /// <summary>How fast alerts were handled over the last 30 days.</summary>
    public AlertStatistics Statistics { get; private set; } = new();

    /// <summary>The wards that have devices.</summary>
    public IReadOnlyList<string> Wards { get; private set; } = [];

    /// <summary>The alerts as the stream sends them, for the page's script.</summary>
    public string AlertsJson => JsonSerializer.Serialize(Alerts, json.Value.SerializerOptions).Replace("</", "<\\/", StringComparison.Ordinal);

    /// <summary>The city's offset from UTC, minutes.</summary>
    public int UtcOffsetMinutes => (int)rules.Value.UtcOffset.TotalMinutes;

    private IAlertBoardGrain Board => grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);

    /// <summary>Loads the board.</summary>
    public async Task OnGetAsync()
    {
        Alerts = await Board.List(new AlertFilter
        {
            States = [AlertState.Open, AlertState.Acknowledged],
            Kinds = Kind is { } kind ? [kind] : null,
            Ward = string.IsNullOrEmpty(Ward) ? null : Ward,
        });
        Statistics = await HandlingAsync();
        Wards = [.. registry.All().Select(d => d.Ward).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The handling figures alone, which the page's script fetches again after each change it sees.</summary>
    public async Task<IActionResult> OnGetFiguresAsync() => Partial("_HandlingFigures", await HandlingAsync());

    /// <summary>Takes an alert, with an optional note.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(string id, string? note) =>
        Answer(await Board.Acknowledge(id, User.DisplayName(), NoteOrNull(note)));

    /// <summary>Closes an alert, with an optional note.</summary>
    public async Task<IActionResult> OnPostResolveAsync(string id, string? note) =>
        Answer(await Board.Resolve(id, User.DisplayName(), NoteOrNull(note)));

    /// <summary>The words the page's script shows.</summary>
    public Dictionary<string, string> ScriptText(IStringLocalizer<Text> text)
    {
        var words = new Dictionary<string, string>
        {
            ["live"] = text["live"], ["offline"] = text["reconnecting…"], ["note"] = text["Note"],
            ["acknowledge"] = text["Acknowledge"], ["resolve"] = text["Resolve"], ["failed"] = text["Not saved: try again."],
            ["conditionEnded"] = text["condition ended at"],
            ["citizenReports"] = text["reported by citizens"],
        };
        AlertWords.AddTo(words, text);
        foreach (var kind in Enum.GetValues<AlertKind>())
        {
            words[kind.ToString()] = text[$"AlertKind.{kind}"];
        }

        foreach (var state in Enum.GetValues<AlertState>())
        {
            words[state.ToString()] = text[$"AlertState.{state}"];
        }

        return words;
    }

    private Task<AlertStatistics> HandlingAsync() =>
        Board.Statistics(new AlertFilter { RaisedSince = time.GetUtcNow().AddDays(-30), Limit = int.MaxValue });

    private IActionResult Answer(AlertUpdate update)
    {
        if (!Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            return RedirectToPage(new { Kind, Ward });
        }

        return update.Error switch
        {
            null => new JsonResult(update.Alert, json.Value.SerializerOptions),
            AlertUpdateError.NotFound => NotFound(),
            AlertUpdateError.NoteTooLong => BadRequest(),
            _ => StatusCode(StatusCodes.Status409Conflict),
        };
    }

    private static string? NoteOrNull(string? note) => string.IsNullOrWhiteSpace(note) ? null : note;
}
