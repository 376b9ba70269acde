using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waste.Web.Access;

namespace Waste.Web.Pages.Admin;

/// <summary>API tokens for integrations: issue one with roles (its secret shown once), revoke one.</summary>
public sealed class TokensModel(ApiTokens tokens) : PageModel
{
    /// <summary>Every token.</summary>
    public IReadOnlyList<ApiToken> Tokens => tokens.All();

    /// <summary>A secret just issued.</summary>
    public IReadOnlyList<(string Name, string Secret)> Secrets { get; private set; } = [];

    /// <summary>True when an issue was refused.</summary>
    public bool Refused { get; private set; }

    /// <summary>Shows the tokens.</summary>
    public void OnGet()
    {
    }

    /// <summary>Issues a token.</summary>
    public IActionResult OnPostIssue(string? name, string[] roles)
    {
        var (token, secret) = tokens.Issue(name ?? "", roles, User.Identity!.Name!);
        Refused = token is null;
        Secrets = token is null ? [] : [(token.Name, secret!)];
        return Page();
    }

    /// <summary>Revokes a token.</summary>
    public IActionResult OnPostRevoke(string id)
    {
        tokens.Revoke(id);
        return RedirectToPage();
    }
}
