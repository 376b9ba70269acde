using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Web.Access;

namespace Waste.Web.Pages;

/// <summary>The root: each person goes to their role's page.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Redirects to the role's page.</summary>
    public IActionResult OnGet() => LocalRedirect(User.HomePage());
}
