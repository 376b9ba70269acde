using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Waste.Grains.Planning;
using Waste.Registry;
using Waste.Web.Access;
using Waste.Web.Routes;

namespace Waste.Web.Pages.Crew;

/// <summary>
/// The crew's page, phone first: today's routes of the signed-in crew member (from <c>/api/crew/routes</c>), their
/// map, and the stop reports, queued in the browser until the server confirms them. The page reads the routes and
/// sends the reports through the HTTP API, which checks on the server that the route is the person's own.
/// </summary>
public sealed class CrewModel(
    IGrainFactory grains, IDeviceRegistry registry, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    /// <summary>The reasons a crew may give for skipping a stop, as the API names them.</summary>
    public static readonly IReadOnlyList<string> SkipReasons = ["blocked", "bin_damaged", "nothing_out"];

    /// <summary>The page.</summary>
    public void OnGet()
    {
    }

    /// <summary>A route's details (<see cref="RouteDetails"/>): only for the route's own crew, or an
    /// administrator; anyone else gets 403.</summary>
    public async Task<IActionResult> OnGetDetailsAsync(string depot, string day, string truck)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return BadRequest();
        }

        var plan = await grains.GetGrain<IRoutePlannerGrain>(PlanKey.For(depot, date)).Get();
        if (plan?.Routes.FirstOrDefault(r => r.VehicleId == truck) is not { } route)
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Admin) && !route.Crew.Contains(User.Identity?.Name ?? "", StringComparer.Ordinal))
        {
            return Forbid();
        }

        var fleet = await grains.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        return new JsonResult(RouteDetails.Of(plan, route, fleet, registry), json.Value.SerializerOptions);
    }

    /// <summary>The words the page's scripts show.</summary>
    public static Dictionary<string, string> ScriptText(IStringLocalizer<Text> text)
    {
        var words = new Dictionary<string, string>
        {
            ["truck"] = text["Truck"], ["version"] = text["Route version"], ["replanned"] = text["The day was re-planned: this is version"],
            ["stopsDone"] = text["stops done"], ["collectedCount"] = text["collected"], ["skippedCount"] = text["skipped"],
            ["pending"] = text["not yet sent"],
            ["driven"] = text["Driven"], ["toDrive"] = text["Still to drive"], ["wholeDay"] = text["The day"],
            ["collected"] = text["Mark collected"], ["skip"] = text["Skip…"], ["why"] = text["Why?"], ["confirmSkip"] = text["Skip this stop"],
            ["cancel"] = text["Cancel"], ["unloadAt"] = text["Unload at"], ["lunch"] = text["Lunch break"], ["expectedFill"] = text["Expected fill"],
            ["plannedAt"] = text["Planned at"], ["openInMaps"] = text["Open in the phone's maps"],
            ["collectedPending"] = text["Collected: waiting to send"], ["skippedPending"] = text["Skipped: waiting to send"],
            ["waiting"] = text["Waiting to send"], ["nothingWaiting"] = text["Nothing waiting to send."],
            ["failedTitle"] = text["Refused by the server"], ["dismiss"] = text["Dismiss"], ["retryNow"] = text["Retry now"],
            ["attempt"] = text["attempt"], ["nextTry"] = text["next try in"], ["seconds"] = text["s"],
            ["connectionFailed"] = text["no connection"], ["serverFailed"] = text["server error"],
            ["signIn"] = text["Your session has ended: sign in again. Nothing waiting is lost."],
            ["offline"] = text["Offline: your reports are kept on this phone and sent when the connection returns."],
            ["online"] = text["Online"], ["noRoute"] = text["No route is planned for you yet."],
            ["stale"] = text["The route could not be loaded: this is the last one this phone saw."],
            ["loadFailed"] = text["The route could not be loaded."],
        };
        foreach (var reason in SkipReasons)
        {
            words["skip." + reason] = text[$"SkipReason.{reason}"];
        }

        foreach (var status in Enum.GetValues<StopStatus>())
        {
            words[status.ToString()] = text[$"StopStatus.{status}"];
        }

        foreach (var stream in Enum.GetValues<WasteStream>())
        {
            words[stream.ToString()] = text[$"Stream.{stream}"];
        }

        return words;
    }
}
