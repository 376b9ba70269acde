using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Waste.Grains.Alerts;
using Waste.Grains.Bins;
using Waste.Grains.Rules;
using Waste.Grains.Toilets;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Web.Pages.Maintenance;

/// <summary>One device for maintenance: a toilet's visits by hour and day, occupancy and latest odour, or a bin's
/// fill over the last week; its active conditions and the history of its alerts with the time each took.</summary>
public sealed class DeviceModel(
    IGrainFactory grains, IDeviceRegistry registry, IOptions<DeviceRules> rules,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : PageModel
{
    /// <summary>The device id.</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The registry's entry.</summary>
    public RegisteredDevice? Device { get; private set; }

    /// <summary>A toilet's state, when the device is one.</summary>
    public ToiletSnapshot? Toilet { get; private set; }

    /// <summary>A bin's state, when the device is one.</summary>
    public BinSnapshot? Bin { get; private set; }

    /// <summary>Its alerts, newest first.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    /// <summary>The chart series, as JSON for the page's script.</summary>
    public string SeriesJson { get; private set; } = "{}";

    /// <summary>When it last spoke.</summary>
    public DateTimeOffset? LastMessageAt => Toilet?.LastMessageAt ?? Bin?.LastMessageAt;

    /// <summary>Its active conditions.</summary>
    public IReadOnlyList<AlertKind> Conditions => Toilet?.Conditions ?? Bin?.Conditions ?? [];

    /// <summary>Loads the device.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (registry.Find(Id) is not { } device)
        {
            return NotFound();
        }

        Device = device;
        Alerts = await grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(new AlertFilter { DeviceId = Id, Limit = 200 });
        if (device.Kind == DeviceKind.Toilet)
        {
            Toilet = await grains.GetGrain<IToiletGrain>(Id).GetSnapshot();
            SeriesJson = JsonSerializer.Serialize(new
            {
                hourly = Toilet.VisitsByHour.Select(h => new { label = Local(h.Hour, "HH:mm"), value = h.Visits }),
                daily = Toilet.VisitsByDay.Select(d => new { label = d.Day.ToString("d", CultureInfo.CurrentCulture), value = d.Visits }),
            });
        }
        else
        {
            var bin = grains.GetGrain<IBinGrain>(Id);
            Bin = await bin.GetSnapshot();
            var now = time.GetUtcNow();
            var history = await bin.GetHistory(now.AddDays(-7), now);
            SeriesJson = JsonSerializer.Serialize(new
            {
                fill = history.Select(p => new { label = Local(p.Time, "g"), value = Math.Round(p.FillPercent, 1) }),
            });
        }

        SeriesJson = SeriesJson.Replace("</", "<\\/", StringComparison.Ordinal);
        return Page();
    }

    /// <summary>A time on the city's clock, in the reader's format.</summary>
    public string Local(DateTimeOffset? at, string format = "g") =>
        at is { } t ? t.ToOffset(rules.Value.UtcOffset).ToString(format, CultureInfo.CurrentCulture) : "–";

    /// <summary>The city's offset from UTC, minutes.</summary>
    public int UtcOffsetMinutes => (int)rules.Value.UtcOffset.TotalMinutes;

    /// <summary>An alert's reason and detail as the API writes them, for <c>alert-reason.js</c> to word.</summary>
    public string ReasonJson(Alert alert) => JsonSerializer.Serialize(new { alert.Reason, alert.Detail }, json.Value.SerializerOptions);

    /// <summary>A measurement in the reader's format.</summary>
    public string Number(double? value) => value is { } v ? v.ToString("N1", CultureInfo.CurrentCulture) : "–";
}
