using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Waste.Web.Access;

/// <summary>Authenticates <c>Authorization: Bearer wst_...</c> against <see cref="ApiTokens"/>.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiToken";

    /// <summary>The claim that says a principal is a token, not a person.</summary>
    public const string TokenIdClaim = "waste:token";

    /// <summary>True when the request carries a bearer credential (right or wrong).</summary>
    public static bool IsPresentedBy(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresentedBy(Request))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (tokens.Authenticate(Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim()) is not { } token)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown or revoked API token"));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"token:{token.Name}"), new Claim(TokenIdClaim, token.Id), .. token.Roles.Select(r => new Claim(ClaimTypes.Role, r))],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
