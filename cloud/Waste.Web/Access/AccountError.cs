namespace Waste.Web.Access;

/// <summary>Why an account change was refused (pages show it in the reader's language).</summary>
public enum AccountError
{
    /// <summary>The sign-in name is not 2 to 32 of a-z, 0-9, '.', '-', '_'.</summary>
    InvalidUserName,

    /// <summary>Someone already has that sign-in name.</summary>
    UserNameTaken,

    /// <summary>No role, or a role that does not exist.</summary>
    InvalidRoles,

    /// <summary>No such account.</summary>
    NotFound,

    /// <summary>The current password was wrong.</summary>
    WrongPassword,

    /// <summary>A new password shorter than <see cref="UserAccounts.MinimumPasswordLength"/>.</summary>
    PasswordTooShort,

    /// <summary>A new password longer than <see cref="UserAccounts.MaximumPasswordLength"/>.</summary>
    PasswordTooLong,

    /// <summary>A name shown longer than <see cref="UserAccounts.MaximumDisplayNameLength"/>.</summary>
    DisplayNameTooLong,

    /// <summary>The change would leave nobody able to administer.</summary>
    LastAdministrator,
}
