using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Waste.Web.Storage;

namespace Waste.Web.Access;

/// <summary>
/// API tokens for integrations, in <c>api-tokens.json</c> of the host's data folder. Also accepts the host token of
/// <see cref="WebOptions.HostToken"/>, which a program that starts the host in-process (tests, the simulator) sets to
/// a secret it generated; it is unset by default, so a deployment has no such way in unless it configures one.
/// </summary>
public sealed class ApiTokens(JsonFile<ApiToken> file, IOptions<WebOptions> options, TimeProvider time)
{
    /// <summary>Every token secret starts with this, so a leaked one is easy to find in logs and code.</summary>
    public const string Prefix = "wst_";

    /// <summary>The name the host token signs in as.</summary>
    public const string HostTokenName = "host";

    /// <summary>Every token, newest first (never their secrets).</summary>
    public IReadOnlyList<ApiToken> All() => [.. file.All().OrderByDescending(t => t.CreatedAt)];

    /// <summary>The longest token name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Issues a token; its secret is returned once and stored only as its hash. Refused (null) without a name
    /// of 1 to <see cref="MaxNameLength"/> characters or a known role.</summary>
    public (ApiToken? Token, string? Secret) Issue(string name, IReadOnlyCollection<string> roles, string createdBy)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength || roles.Count == 0 || !roles.All(Roles.IsKnown))
        {
            return (null, null);
        }

        var secret = GeneratedSecret.Token();
        var token = new ApiToken
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            Name = name.Trim(),
            Roles = [.. Roles.All.Where(roles.Contains)],
            SecretHash = Hash(secret),
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow(),
        };
        file.Change(tokens =>
        {
            tokens.Add(token);
            return true;
        });
        return (token, secret);
    }

    /// <summary>Revokes the token; false when there is no such unrevoked token.</summary>
    public bool Revoke(string id) => file.Change(tokens =>
    {
        var index = tokens.FindIndex(t => t.Id == id && t.RevokedAt is null);
        if (index < 0)
        {
            return false;
        }

        tokens[index] = tokens[index] with { RevokedAt = time.GetUtcNow() };
        return true;
    });

    /// <summary>The unrevoked token whose secret this is, or null; any text is safe to pass.</summary>
    public ApiToken? Authenticate(string? secret)
    {
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        if (options.Value.HostToken is { Length: > 0 } hostToken
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(hostToken)))
        {
            return new ApiToken
            {
                Id = HostTokenName,
                Name = HostTokenName,
                Roles = Roles.All,
                SecretHash = "",
                CreatedBy = HostTokenName,
            };
        }

        var hash = Hash(secret);
        return file.All().FirstOrDefault(t => t.RevokedAt is null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(t.SecretHash), Encoding.ASCII.GetBytes(hash)));
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
