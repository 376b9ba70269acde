namespace Waste.Web.Access;

/// <summary>A token an integration presents as <c>Authorization: Bearer ...</c>: named, with roles, stored only as a
/// SHA-256 hash of its secret (the secret has 238 random bits, so a fast hash is enough).</summary>
public sealed record ApiToken
{
    /// <summary>Short public id, shown in lists and used to revoke.</summary>
    public required string Id { get; init; }

    /// <summary>What it is for ("city data platform").</summary>
    public required string Name { get; init; }

    /// <summary>What it may do (<see cref="Access.Roles"/>).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>SHA-256 of the secret, hex.</summary>
    public required string SecretHash { get; init; }

    /// <summary>Who issued it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was revoked; a revoked token is refused.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
