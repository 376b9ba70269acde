namespace Waste.Web.Access;

/// <summary>A person who signs in to the web app.</summary>
public sealed record WebUser
{
    /// <summary>The sign-in name (lower case letters, digits, '.', '-', '_').</summary>
    public required string UserName { get; init; }

    /// <summary>The name pages show, and alerts record as who acted.</summary>
    public required string DisplayName { get; init; }

    /// <summary>What the person may do (<see cref="Access.Roles"/>).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2, salted); never the password.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>Changes with the password, the roles or the account's state: a session cookie issued before the
    /// change stops working.</summary>
    public required string SecurityStamp { get; init; }

    /// <summary>A disabled account cannot sign in, and its sessions end.</summary>
    public bool Disabled { get; init; }

    /// <summary>Wrong passwords in a row since the last right one or lockout.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Locked after repeated wrong passwords until then; no password opens it before.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>When the account was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
