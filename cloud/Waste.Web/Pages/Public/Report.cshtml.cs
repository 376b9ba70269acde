using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Grains.Citizens;
using Waste.Registry;
using Waste.Web.Public;

namespace Waste.Web.Pages.Public;

/// <summary>The report form a device's QR code opens (<c>/r/{code}</c>): what is wrong, an optional comment and photo.
/// The page's script does the proof of work while the citizen fills it in, then sends it to <c>/api/public/reports</c>.</summary>
public sealed class ReportModel(PublicCodes codes) : PageModel
{
    /// <summary>The code as given in the path.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The device the code names.</summary>
    public RegisteredDevice? Device { get; private set; }

    /// <summary>The device's code in its canonical form.</summary>
    public string CanonicalCode { get; private set; } = "";

    /// <summary>What may be reported on this device.</summary>
    public IReadOnlyList<ProblemCategory> Categories { get; private set; } = [];

    /// <summary>Shows the form, or says the code names no device. A code typed on the public page (<c>/r?code=</c>)
    /// goes to its own address.</summary>
    public IActionResult OnGet([FromQuery(Name = "code")] string? typed)
    {
        if (Code is null && typed is not null)
        {
            return PublicCodes.Normalise(typed) is { } normal ? Redirect($"/r/{normal}") : Missing();
        }

        if (codes.Find(Code) is not { } device)
        {
            return Missing();
        }

        Device = device;
        CanonicalCode = codes.CodeOf(device.Id);
        Categories = ProblemCategories.For(device.Kind);
        return Page();
    }

    private PageResult Missing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
