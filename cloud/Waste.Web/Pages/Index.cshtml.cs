using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Web.Access;

namespace Waste.Web.Pages;

/// <summary>The root: each signed-in person goes to their role's page, anyone else to the public page.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Redirects to the role's page, or to <c>/public</c>.</summary>
    public IActionResult OnGet() => LocalRedirect(User.Identity?.IsAuthenticated == true ? User.HomePage() : "/public");
}
