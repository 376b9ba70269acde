using Microsoft.AspNetCore.Authentication.Cookies;

namespace Waste.Web.Access;

/// <summary>The session cookie of people signed in: HTTP-only, same-site strict, eight hours sliding; it ends when the
/// account's security stamp changes (password, roles, disabled). API paths answer 401/403 instead of redirecting.</summary>
public static class SessionCookie
{
    /// <summary>Configures the cookie scheme.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "waste.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/signin";
        options.LogoutPath = "/signout";
        options.AccessDeniedPath = "/denied";
        options.Events.OnValidatePrincipal = context =>
        {
            var accounts = context.HttpContext.RequestServices.GetRequiredService<UserAccounts>();
            if (!accounts.IsCurrent(context.Principal?.Identity?.Name, context.Principal?.FindFirst(UserPrincipal.StampClaim)?.Value))
            {
                context.RejectPrincipal();
            }

            return Task.CompletedTask;
        };
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WasteWeb.IsMachinePath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
