using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Grains.Alerts;
using Waste.Grains.Citizens;
using Waste.Registry;
using Waste.Web.Public;

namespace Waste.Web.Pages.Public;

/// <summary>The reporter's link (<c>/public/reports/{code}-{token}</c>): their report and where it stands (received,
/// being handled, resolved), and how many others reported the same problem. No staff name or note is shown.</summary>
public sealed class FollowedModel(PublicCodes codes, IGrainFactory grains) : PageModel
{
    /// <summary>The link's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The device reported on.</summary>
    public RegisteredDevice? Device { get; private set; }

    /// <summary>The report.</summary>
    public CitizenReport? Report { get; private set; }

    /// <summary>The alert it joined, if still kept.</summary>
    public Alert? Alert { get; private set; }

    /// <summary>Where it stands: received, inProgress or resolved.</summary>
    public string Progress => CitizenReportEndpoints.ProgressOf(Alert);

    /// <summary>Loads the report, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (ReportToken.Parse(Id) is { } link && codes.Find(link.Code) is { } device
            && await grains.GetGrain<ICitizenReportsGrain>(device.Id).Find(link.Token) is { } report)
        {
            Device = device;
            Report = report;
            var alerts = await grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(new AlertFilter { DeviceId = device.Id, Limit = int.MaxValue });
            Alert = alerts.FirstOrDefault(a => a.Id == report.AlertId);
            return Page();
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
