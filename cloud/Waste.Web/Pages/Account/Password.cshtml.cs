using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Web.Access;

namespace Waste.Web.Pages.Account;

/// <summary>A person changes their own password (for example the one printed on the first run).</summary>
public sealed class PasswordModel(UserAccounts accounts) : PageModel
{
    /// <summary>The current password.</summary>
    [BindProperty]
    public string Current { get; set; } = "";

    /// <summary>The new password.</summary>
    [BindProperty]
    public string New { get; set; } = "";

    /// <summary>Why the change was refused.</summary>
    public AccountError? Error { get; private set; }

    /// <summary>True after a change.</summary>
    public bool Changed { get; private set; }

    /// <summary>Changes the password and renews the session (the old stamp ends the others).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var name = User.Identity!.Name!;
        Error = accounts.ChangePassword(name, Current, New);
        if (Error is null && accounts.Find(name) is { } user)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.For(user));
            Changed = true;
        }

        Current = New = "";
        return Page();
    }
}
