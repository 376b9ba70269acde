using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Waste.Grains.Planning;
using Waste.Grains.Rules;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Web.Pages.Dispatch;

/// <summary>
/// The dispatcher's page: a depot's plan for a day (plan with a policy, each truck's route and the crews' progress,
/// kept current by a short poll, unserved and left-out bins, a breakdown re-plan), why each bin is in the plan or waits
/// (the policy's decisions, worded), bins by forecast on a table and a map coloured by fill, and the fleet (crews,
/// trucks in or out of service, the whole fleet as a JSON file). Every change goes through the HTTP API, which checks it.
/// </summary>
public sealed class DispatchModel(
    UserAccounts accounts, IOptions<DeviceRules> rules, IOptions<PlanningOptions> planning,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : PageModel
{
    /// <summary>The collection threshold, percent: the line a decision's reason names, but for the anticipatory policy's.</summary>
    public double ThresholdPercent => rules.Value.CollectionThresholdPercent;

    /// <summary>The fill the anticipatory policy keeps bins under, percent.</summary>
    public double DuePercent => planning.Value.Anticipatory.DuePercent;

    /// <summary>Today in the city, on the domain's clock: the day the page opens on.</summary>
    public string Today { get; private set; } = "";

    /// <summary>The user names of enabled crew accounts, offered when editing a truck's crew.</summary>
    public IReadOnlyList<string> CrewAccounts { get; private set; } = [];

    /// <summary>The page.</summary>
    public void OnGet()
    {
        Today = rules.Value.LocalDay(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        CrewAccounts = [.. accounts.All().Where(u => !u.Disabled && u.Roles.Contains(Roles.Crew)).Select(u => u.UserName)];
    }

    /// <summary>The words the page's scripts show.</summary>
    public static Dictionary<string, string> ScriptText(IStringLocalizer<Text> text)
    {
        var words = new Dictionary<string, string>
        {
            ["none"] = text["No bin has sent a reading yet."], ["unplaced"] = text["bins without a position are not on the map"],
            ["wardProfile"] = text["its ward's profile"], ["ownFrom"] = text["its own data from"], ["ownReadings"] = text["its own readings"],
            ["learning"] = text["bins' forecasts lean on their ward's usual fill rate until they have a week of their own readings, every hour of the week seen once:"],
            ["learningFrom"] = text["the first will have it on"], ["learningTo"] = text["the last on"],
            ["noneMatch"] = text["No bin matches."], ["failed"] = text["The forecasts could not be loaded."],
            ["noDepot"] = text["The fleet has no depot yet: upload a fleet file below."],
            ["notPlanned"] = text["This day is not planned yet for this depot."], ["planning"] = text["Planning…"],
            ["planFailed"] = text["Not planned"], ["version"] = text["Version"], ["plannedAt"] = text["plan made at"],
            ["feasible"] = text["feasible: every bin that must be collected has a truck, and no truck breaks a limit"],
            ["infeasible"] = text["not feasible: a bin that must be collected has no truck, or a truck breaks a limit (shift, load)"],
            ["kmTotal"] = text["km in all"], ["binsPlanned"] = text["bins on routes"], ["leftOut"] = text["left for another day"],
            ["unserved"] = text["Unserved bins"], ["notConsidered"] = text["Bins not considered"], ["noneListed"] = text["none"],
            ["breakdown"] = text["Truck broke down"], ["confirmBreakdown"] = text["Re-plan this truck's remaining stops onto the others?"],
            ["replanned"] = text["Re-planned: version"], ["updated"] = text["updated"], ["stops"] = text["Stops"],
            ["collectedCount"] = text["collected"], ["skippedCount"] = text["skipped"], ["plannedCount"] = text["to do"],
            ["bin"] = text["Bin"], ["ward"] = text["Ward"], ["stream"] = text["Stream"], ["expectedFill"] = text["Expected fill"],
            ["arrival"] = text["Planned at"], ["status"] = text["State"], ["unloadAt"] = text["Unload at"], ["lunch"] = text["Lunch break"],
            ["inService"] = text["In service"], ["outOfService"] = text["Out of service"],
            ["takeOut"] = text["Take out of service"], ["putBack"] = text["Put back in service"], ["save"] = text["Save"],
            ["saved"] = text["Saved."], ["notSaved"] = text["Not saved"], ["unknownCrew"] = text["not a crew account"],
            ["notJson"] = text["The file is not JSON"], ["uploaded"] = text["The fleet was saved."],
            ["noTrucks"] = text["This depot has no truck."], ["why"] = text["Why?"],
            ["notOnMap"] = text["This bin has no position on the map."],
            ["noDecisions"] = text["This plan keeps no decisions: it was made before plans kept them."],
            ["lunchFrom"] = text["starts from"], ["lunchUntil"] = text["until"], ["lunchMinutes"] = text["minutes"],
            ["dailyLitres"] = text["Litres a day"], ["maxStops"] = text["Stops a day"], ["noLimit"] = text["no limit"],
            ["unloadBeforeReturn"] = text["Unloads before returning"],
            ["lunchWindow"] = text["The lunch's latest start is before its earliest."],
            ["lunchShift"] = text["The lunch must start and end within the truck's shift."],
        };
        DecisionWords.AddTo(words, text);
        foreach (var reason in Crew.CrewModel.SkipReasons)
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

        foreach (var policy in Enum.GetValues<SelectionPolicy>())
        {
            words["policy." + policy] = text[$"SelectionPolicy.{policy}"];
        }

        return words;
    }
}
