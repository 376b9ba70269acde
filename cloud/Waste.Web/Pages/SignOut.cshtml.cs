using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waste.Web.Pages;

/// <summary>Ends the session (a form post, so another site cannot sign a person out).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Back to sign-in.</summary>
    public IActionResult OnGet() => RedirectToPage("/SignIn");

    /// <summary>Ends the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/SignIn");
    }
}
