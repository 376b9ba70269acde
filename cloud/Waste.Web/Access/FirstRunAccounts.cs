using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Waste.Web.Access;

/// <summary>
/// On the first run (no account yet) makes the accounts people start with, with generated passwords, and prints them
/// once with the web app's address: an administrator, or with <see cref="WebOptions.DemoUsers"/> one account per
/// role. Later runs print only the address. Nothing secret comes from the repository.
/// </summary>
public sealed class FirstRunAccounts(
    UserAccounts accounts, IOptions<WebOptions> options, IServer server, IHostApplicationLifetime lifetime) : IHostedService
{
    private string? _created;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (accounts.All().Count == 0)
        {
            _created = Create(options.Value.DemoUsers ? Roles.All : [Roles.Admin]);
        }

        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Create(IEnumerable<string> roles)
    {
        var lines = new StringBuilder();
        foreach (var role in roles)
        {
            var (user, password, _) = accounts.Create(role, DemoName(role), [role]);
            if (user is not null)
            {
                lines.AppendLine($"    {user.UserName,-12} {password}   ({role})");
            }
        }

        return lines.ToString();
    }

    private void Print()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no HTTP address)";
        Console.Out.WriteLine($"Web app: {address}/");
        Console.Out.WriteLine(_created is null
            ? "  Accounts exist already (their passwords were printed on the first run; an administrator resets them on /admin/users)."
            : $"  Accounts made on this first run; the passwords are shown now only and stored hashed:\n{_created}");
        Console.Out.Flush();
    }

    private static string DemoName(string role) => role switch
    {
        Roles.Crew => "Tổ thu gom 1",
        Roles.Dispatcher => "Điều phối viên",
        Roles.Maintenance => "Kỹ thuật bảo trì",
        Roles.Donre => "Sở TN&MT",
        _ => "Quản trị",
    };
}
