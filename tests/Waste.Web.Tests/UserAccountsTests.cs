using Waste.Web.Access;
using Waste.Web.Storage;

namespace Waste.Web.Tests;

/// <summary>Accounts in their file: hashed passwords, sessions that end with a change, an administrator always left.</summary>
public sealed class UserAccountsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waste-users-").FullName;

    private string UsersFile => Path.Combine(_folder, "users.json");

    private UserAccounts Open() => new(new JsonFile<WebUser>(UsersFile), TimeProvider.System);

    [Fact]
    public void The_file_holds_a_salted_hash_and_never_the_password()
    {
        var (_, password, _) = Open().Create("an", "An", [Roles.Crew]);
        var (_, samePasswordOther, _) = Open().Create("binh", "Bình", [Roles.Crew]);

        var file = File.ReadAllText(UsersFile);
        Assert.DoesNotContain(password!, file, StringComparison.Ordinal);
        Assert.DoesNotContain(samePasswordOther!, file, StringComparison.Ordinal);
        Assert.NotNull(Open().SignIn("an", password!));
        Assert.Null(Open().SignIn("an", password! + "x"));
        Assert.Null(Open().SignIn("nobody", password!));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(UsersFile));
        }
    }

    [Fact]
    public void A_name_taken_an_invalid_name_or_no_role_is_refused()
    {
        var accounts = Open();
        accounts.Create("chi", "Chi", [Roles.Donre]);

        Assert.Equal(AccountError.UserNameTaken, accounts.Create("CHI", "Chi 2", [Roles.Donre]).Error);
        Assert.Equal(AccountError.InvalidUserName, accounts.Create("chi nguyen", "", [Roles.Donre]).Error);
        Assert.Equal(AccountError.InvalidRoles, accounts.Create("dung", "", []).Error);
        Assert.Equal(AccountError.InvalidRoles, accounts.Create("dung", "", ["root"]).Error);
    }

    [Fact]
    public void A_new_password_or_new_roles_end_the_sessions_of_the_old_stamp()
    {
        var accounts = Open();
        var (user, password, _) = accounts.Create("em", "Em", [Roles.Dispatcher]);
        Assert.True(accounts.IsCurrent("em", user!.SecurityStamp));

        accounts.SetRoles("em", [Roles.Dispatcher, Roles.Maintenance]);

        Assert.False(accounts.IsCurrent("em", user.SecurityStamp));
        var (reset, _) = accounts.ResetPassword("em");
        Assert.Null(accounts.SignIn("em", password!));
        Assert.Equal([Roles.Dispatcher, Roles.Maintenance], accounts.SignIn("em", reset!)!.Roles);
    }

    [Fact]
    public void The_last_administrator_can_be_neither_disabled_nor_demoted()
    {
        var accounts = Open();
        accounts.Create("giang", "Giang", [Roles.Admin]);

        Assert.Equal(AccountError.LastAdministrator, accounts.SetDisabled("giang", true));
        Assert.Equal(AccountError.LastAdministrator, accounts.SetRoles("giang", [Roles.Crew]));
        accounts.Create("hoa", "Hoa", [Roles.Admin]);
        Assert.Null(accounts.SetDisabled("giang", true));
    }

    [Fact]
    public void Changing_ones_own_password_needs_the_current_one_and_ten_characters()
    {
        var accounts = Open();
        var (_, password, _) = accounts.Create("khanh", "Khánh", [Roles.Crew]);

        Assert.Equal(AccountError.WrongPassword, accounts.ChangePassword("khanh", "wrong", "a-long-new-password"));
        Assert.Equal(AccountError.PasswordTooShort, accounts.ChangePassword("khanh", password!, "short"));
        Assert.Null(accounts.ChangePassword("khanh", password!, "a-long-new-password"));
        Assert.NotNull(accounts.SignIn("khanh", "a-long-new-password"));
    }

    [Fact]
    public void Overlong_names_and_passwords_are_refused_with_their_reason_and_nothing_is_stored()
    {
        var accounts = Open();
        var (_, password, _) = accounts.Create("lan", "Lan", [Roles.Crew]);

        Assert.Equal(AccountError.InvalidUserName, accounts.Create(new string('a', UserAccounts.MaximumUserNameLength + 1), "", [Roles.Crew]).Error);
        Assert.Equal(AccountError.InvalidUserName, accounts.Create(new string('a', 1_000_000), "", [Roles.Crew]).Error);
        Assert.Equal(AccountError.DisplayNameTooLong, accounts.Create("mai", new string('M', UserAccounts.MaximumDisplayNameLength + 1), [Roles.Crew]).Error);
        Assert.Equal(AccountError.PasswordTooLong, accounts.ChangePassword("lan", password!, new string('p', UserAccounts.MaximumPasswordLength + 1)));

        Assert.Equal(["lan"], accounts.All().Select(u => u.UserName));
        Assert.NotNull(accounts.SignIn("lan", password!));
    }

    [Fact]
    public void A_damaged_file_stops_with_its_path_rather_than_losing_the_accounts()
    {
        File.WriteAllText(UsersFile, "{ not json");

        var error = Assert.Throws<InvalidDataException>(Open);

        Assert.Contains(UsersFile, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
