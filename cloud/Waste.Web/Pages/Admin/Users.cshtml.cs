using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Waste.Grains.Rules;
using Waste.Web.Access;

namespace Waste.Web.Pages.Admin;

/// <summary>Accounts and their roles: create one with a generated password (shown once), give a new password,
/// change roles, disable or enable. A change of password, roles or state ends that person's sessions.</summary>
public sealed class UsersModel(UserAccounts accounts, IOptions<DeviceRules> rules) : PageModel
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<WebUser> Users => accounts.All();

    /// <summary>The city's offset from UTC, for the times shown.</summary>
    public TimeSpan UtcOffset => rules.Value.UtcOffset;

    /// <summary>Until when <paramref name="user"/> is locked after wrong passwords, or null.</summary>
    public DateTimeOffset? LockedUntil(WebUser user) => accounts.LockedUntil(user.UserName);

    /// <summary>A password just generated.</summary>
    public IReadOnlyList<(string Name, string Secret)> Secrets { get; private set; } = [];

    /// <summary>Why the last change was refused.</summary>
    public AccountError? Error { get; private set; }

    /// <summary>Shows the accounts.</summary>
    public void OnGet()
    {
    }

    /// <summary>Makes an account.</summary>
    public IActionResult OnPostCreate(string userName, string? displayName, string[] roles)
    {
        var (user, password, error) = accounts.Create(userName ?? "", displayName ?? "", roles);
        Error = error;
        Secrets = user is null ? [] : [(user.UserName, password!)];
        return Page();
    }

    /// <summary>Gives an account a new generated password.</summary>
    public IActionResult OnPostReset(string userName)
    {
        var (password, error) = accounts.ResetPassword(userName);
        Error = error;
        Secrets = password is null ? [] : [(userName, password)];
        return Page();
    }

    /// <summary>Replaces an account's roles.</summary>
    public IActionResult OnPostRoles(string userName, string[] roles)
    {
        Error = accounts.SetRoles(userName, roles);
        return Page();
    }

    /// <summary>Lifts an account's lockout.</summary>
    public IActionResult OnPostUnlock(string userName)
    {
        Error = accounts.Unlock(userName);
        return Page();
    }

    /// <summary>Disables or enables an account.</summary>
    public IActionResult OnPostDisable(string userName, bool disabled)
    {
        Error = accounts.SetDisabled(userName, disabled);
        return Page();
    }
}
