using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Web.Access;

namespace Waste.Web.Pages;

/// <summary>Sign-in with a name and password; lands on the page of the person's role (or where they were going).</summary>
public sealed class SignInModel(UserAccounts accounts) : PageModel
{
    /// <summary>The sign-in name typed.</summary>
    [BindProperty]
    public string UserName { get; set; } = "";

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>The page asked for before signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>True after a refused attempt.</summary>
    public bool Failed { get; private set; }

    /// <summary>Checks the password and starts the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (accounts.SignIn(UserName, Password) is not { } user)
        {
            Failed = true;
            Password = "";
            return Page();
        }

        var principal = UserPrincipal.For(user);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : principal.HomePage());
    }
}
