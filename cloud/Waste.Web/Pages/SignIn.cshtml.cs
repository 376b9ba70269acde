using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Waste.Web.Access;
using Waste.Web.Security;

namespace Waste.Web.Pages;

/// <summary>Sign-in with a name and password; lands on the page of the person's role (or where they were going).
/// Attempts are limited per address (<see cref="RateLimits.SignIn"/>) and per account (<see cref="SignInThrottle"/>),
/// and repeated wrong passwords lock the account (<see cref="UserAccounts"/>).</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(UserAccounts accounts, SignInThrottle throttle) : PageModel
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

    /// <summary>Why the last attempt was refused, or null.</summary>
    public SignInRefusal? Refusal { get; private set; }

    /// <summary>Checks the password and starts the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var tooLong = UserName.Length > UserAccounts.MaximumUserNameLength * 2 || Password.Length > UserAccounts.MaximumPasswordLength;
        if (!tooLong && !throttle.MayTry(UserName))
        {
            return Refused(SignInRefusal.TooManyAttempts, StatusCodes.Status429TooManyRequests);
        }

        if (tooLong || accounts.SignIn(UserName, Password) is not { } user)
        {
            return Refused(accounts.LockedUntil(tooLong ? null : UserName) is null ? SignInRefusal.WrongNameOrPassword : SignInRefusal.Locked, StatusCodes.Status200OK);
        }

        var principal = UserPrincipal.For(user);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : principal.HomePage());
    }

    private PageResult Refused(SignInRefusal refusal, int status)
    {
        Refusal = refusal;
        Password = "";
        Response.StatusCode = status;
        return Page();
    }
}

/// <summary>Why a sign-in was refused, as the page says it.</summary>
public enum SignInRefusal
{
    /// <summary>No such enabled account, or not its password.</summary>
    WrongNameOrPassword,

    /// <summary>The account is locked after repeated wrong passwords.</summary>
    Locked,

    /// <summary>Too many attempts on this account in the last minute.</summary>
    TooManyAttempts,
}
