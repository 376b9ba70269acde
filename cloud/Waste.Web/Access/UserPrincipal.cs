using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Waste.Web.Access;

/// <summary>A signed-in person as the session cookie carries them, and what pages read back from it.</summary>
public static class UserPrincipal
{
    /// <summary>The claim holding the account's security stamp when the session began.</summary>
    public const string StampClaim = "waste:stamp";

    /// <summary>The claim holding the name to show.</summary>
    public const string DisplayNameClaim = "waste:display-name";

    /// <summary>The principal of a session for <paramref name="user"/>.</summary>
    public static ClaimsPrincipal For(WebUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(DisplayNameClaim, user.DisplayName),
            new Claim(StampClaim, user.SecurityStamp),
            .. user.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The name to show, and to record as who acted.</summary>
    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? "?";

    /// <summary>The page this person starts on: their most powerful role's.</summary>
    public static string HomePage(this ClaimsPrincipal principal) =>
        Roles.All.FirstOrDefault(principal.IsInRole) is { } role ? Roles.HomePage(role) : "/signin";
}
