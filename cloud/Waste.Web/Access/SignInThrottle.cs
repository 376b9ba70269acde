using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Waste.Web.Security;

namespace Waste.Web.Access;

/// <summary>
/// Sign-in attempts on one account name, from any address: at most <see cref="WebOptions.SignInOptions.AttemptsPerAccount"/>
/// a minute (ASP.NET Core's rate limiter), so guessing spread over many addresses is slowed too. The address limit is
/// the endpoint's policy (<see cref="RateLimits.SignIn"/>); the lockout after repeated failures is the account's
/// (<see cref="UserAccounts"/>).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _accounts;

    /// <summary>Creates the limiter with the configured rate.</summary>
    public SignInThrottle(IOptions<WebOptions> options)
    {
        var permits = options.Value.SignIn.AttemptsPerAccount;
        _accounts = PartitionedRateLimiter.Create<string, string>(name => RateLimits.PerMinute(name, permits), StringComparer.Ordinal);
    }

    /// <summary>True when an attempt on <paramref name="userName"/> may go ahead now (and counts it).</summary>
    public bool MayTry(string userName)
    {
        using var lease = _accounts.AttemptAcquire(UserAccounts.Normalise(userName));
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _accounts.Dispose();
}
