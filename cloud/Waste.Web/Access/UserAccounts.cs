using Microsoft.AspNetCore.Identity;
using Waste.Web.Storage;

namespace Waste.Web.Access;

/// <summary>
/// The people who sign in: their accounts in <c>users.json</c> of the host's data folder, passwords hashed with ASP.NET
/// Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a salt; old hashes are upgraded at sign-in).
/// Wrong passwords in a row lock the account for a while (<see cref="WebOptions.SignInOptions"/>).
/// </summary>
public sealed class UserAccounts(JsonFile<WebUser> file, TimeProvider time, WebOptions.SignInOptions? limits = null)
{
    /// <summary>The shortest password a person may choose.</summary>
    public const int MinimumPasswordLength = 10;

    /// <summary>The longest password taken: a longer one is refused before it is hashed.</summary>
    public const int MaximumPasswordLength = 128;

    /// <summary>The longest sign-in name.</summary>
    public const int MaximumUserNameLength = 32;

    /// <summary>The longest name shown.</summary>
    public const int MaximumDisplayNameLength = 100;

    private readonly WebOptions.SignInOptions _limits = limits ?? new();

    private readonly PasswordHasher<WebUser> _hasher = new();

    /// <summary>Every account, by sign-in name.</summary>
    public IReadOnlyList<WebUser> All() => [.. file.All().OrderBy(u => u.UserName, StringComparer.Ordinal)];

    /// <summary>The account with this sign-in name, or null.</summary>
    public WebUser? Find(string? userName)
    {
        if (userName is null)
        {
            return null;
        }

        var name = Normalise(userName);
        return file.All().FirstOrDefault(u => u.UserName == name);
    }

    /// <summary>Makes an account with a generated password, which is returned once and stored only as its hash.</summary>
    public (WebUser? User, string? Password, AccountError? Error) Create(string userName, string displayName, IReadOnlyCollection<string> roles)
    {
        userName = Normalise(userName);
        if (!IsValidUserName(userName))
        {
            return (null, null, AccountError.InvalidUserName);
        }

        if (displayName.Trim().Length > MaximumDisplayNameLength)
        {
            return (null, null, AccountError.DisplayNameTooLong);
        }

        if (roles.Count == 0 || !roles.All(Roles.IsKnown))
        {
            return (null, null, AccountError.InvalidRoles);
        }

        var password = GeneratedSecret.Password();
        var user = new WebUser
        {
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim(),
            Roles = [.. Roles.All.Where(roles.Contains)],
            PasswordHash = "",
            SecurityStamp = NewStamp(),
            CreatedAt = time.GetUtcNow(),
        };
        user = user with { PasswordHash = _hasher.HashPassword(user, password) };
        var added = file.Change(users =>
        {
            if (users.Any(u => u.UserName == userName))
            {
                return false;
            }

            users.Add(user);
            return true;
        });
        return added ? (user, password, null) : (null, null, AccountError.UserNameTaken);
    }

    /// <summary>The account, if the name and password are right and the account is enabled and not locked. A wrong
    /// password counts towards the account's lockout; a right one clears the count.</summary>
    public WebUser? SignIn(string userName, string password)
    {
        if (userName.Length > MaximumUserNameLength * 2 || password.Length > MaximumPasswordLength)
        {
            // Refused before any work: no name or password of ours is that long.
            return null;
        }

        if (Find(userName) is not { Disabled: false } user)
        {
            // Hash anyway, so a wrong name takes as long as a wrong password.
            _hasher.VerifyHashedPassword(Placeholder, Placeholder.PasswordHash, password);
            return null;
        }

        if (IsLocked(user))
        {
            return null;
        }

        switch (_hasher.VerifyHashedPassword(user, user.PasswordHash, password))
        {
            case PasswordVerificationResult.Success:
                return user.FailedSignIns == 0 && user.LockedUntil is null ? user : Replace(user with { FailedSignIns = 0, LockedUntil = null });
            case PasswordVerificationResult.SuccessRehashNeeded:
                return Replace(user with { PasswordHash = _hasher.HashPassword(user, password), FailedSignIns = 0, LockedUntil = null });
            default:
                Failed(user);
                return null;
        }
    }

    /// <summary>Until when the account is locked after repeated wrong passwords; null when it is not.</summary>
    public DateTimeOffset? LockedUntil(string? userName) => Find(userName) is { } user && IsLocked(user) ? user.LockedUntil : null;

    /// <summary>Lifts an account's lockout and clears its count of wrong passwords (an administrator's act).</summary>
    public AccountError? Unlock(string userName)
    {
        userName = Normalise(userName);
        return file.Change<AccountError?>(users =>
        {
            var index = users.FindIndex(u => u.UserName == userName);
            if (index < 0)
            {
                return AccountError.NotFound;
            }

            users[index] = users[index] with { FailedSignIns = 0, LockedUntil = null };
            return null;
        });
    }

    /// <summary>Gives the account a new generated password, returned once; its sessions end.</summary>
    public (string? Password, AccountError? Error) ResetPassword(string userName)
    {
        var password = GeneratedSecret.Password();
        var error = Update(userName, user => user with { PasswordHash = _hasher.HashPassword(user, password) });
        return error is null ? (password, null) : (null, error);
    }

    /// <summary>The person changes their own password, proving the current one.</summary>
    public AccountError? ChangePassword(string userName, string currentPassword, string newPassword)
    {
        if (newPassword.Length < MinimumPasswordLength)
        {
            return AccountError.PasswordTooShort;
        }

        if (newPassword.Length > MaximumPasswordLength)
        {
            return AccountError.PasswordTooLong;
        }

        return SignIn(userName, currentPassword) is null
            ? AccountError.WrongPassword
            : Update(userName, user => user with { PasswordHash = _hasher.HashPassword(user, newPassword) });
    }

    /// <summary>Replaces the account's roles; its sessions end.</summary>
    public AccountError? SetRoles(string userName, IReadOnlyCollection<string> roles) =>
        roles.Count == 0 || !roles.All(Roles.IsKnown)
            ? AccountError.InvalidRoles
            : Update(userName, user => user with { Roles = [.. Roles.All.Where(roles.Contains)] });

    /// <summary>Disables or enables the account; a disabled account's sessions end.</summary>
    public AccountError? SetDisabled(string userName, bool disabled) => Update(userName, user => user with { Disabled = disabled });

    /// <summary>True when the session's stamp still matches the enabled account's.</summary>
    public bool IsCurrent(string? userName, string? securityStamp) =>
        Find(userName) is { Disabled: false } user && user.SecurityStamp == securityStamp;

    private static readonly WebUser Placeholder = new()
    {
        UserName = "-",
        DisplayName = "-",
        Roles = [],
        PasswordHash = new PasswordHasher<WebUser>().HashPassword(null!, "placeholder"),
        SecurityStamp = "-",
    };

    private AccountError? Update(string userName, Func<WebUser, WebUser> change)
    {
        userName = Normalise(userName);
        return file.Change<AccountError?>(users =>
        {
            var index = users.FindIndex(u => u.UserName == userName);
            if (index < 0)
            {
                return AccountError.NotFound;
            }

            var original = users[index];
            users[index] = change(original) with { SecurityStamp = NewStamp() };
            if (IsAdministrator(original) && !users.Any(IsAdministrator))
            {
                users[index] = original;
                return AccountError.LastAdministrator;
            }

            return null;
        });
    }

    // Keeps the security stamp: neither a rehash nor the count of wrong passwords ends a session.
    private WebUser Replace(WebUser user)
    {
        file.Change(users =>
        {
            var index = users.FindIndex(u => u.UserName == user.UserName);
            if (index >= 0)
            {
                users[index] = user;
            }

            return index >= 0;
        });
        return user;
    }

    private void Failed(WebUser user)
    {
        var failures = user.FailedSignIns + 1;
        Replace(failures >= _limits.FailuresBeforeLockout
            ? user with { FailedSignIns = 0, LockedUntil = time.GetUtcNow() + _limits.Lockout }
            : user with { FailedSignIns = failures });
    }

    private bool IsLocked(WebUser user) => user.LockedUntil is { } until && until > time.GetUtcNow();

    private static bool IsAdministrator(WebUser user) => !user.Disabled && user.Roles.Contains(Roles.Admin);

    /// <summary>A sign-in name as stored: trimmed, lower case.</summary>
    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    private static bool IsValidUserName(string userName) =>
        userName.Length is >= 2 and <= MaximumUserNameLength && userName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
