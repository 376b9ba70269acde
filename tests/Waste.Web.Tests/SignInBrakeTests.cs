using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Waste.Web.Access;
using Waste.Web.Storage;

namespace Waste.Web.Tests;

/// <summary>Sign-in has brakes: a limit per address, a limit per account, and a lockout after repeated wrong passwords
/// that an administrator sees and can lift.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInBrakeTests(WebFixture web) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waste-brake-").FullName;

    [Fact]
    public async Task Forty_wrong_passwords_lock_the_account_so_the_right_one_no_longer_opens_it()
    {
        web.Cloud.AddAccount("guessed", Roles.Crew);
        using var attacker = new FormClient(web.Cloud, forwardedFor: "203.0.113.10");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40 && statuses.Count(s => s == HttpStatusCode.TooManyRequests) == 0; i++)
        {
            statuses.Add((await attacker.SignInAsync("guessed", $"wrong-{i}")).StatusCode);
        }

        using var owner = new FormClient(web.Cloud, forwardedFor: "203.0.113.11");
        var right = await owner.SignInAsync("guessed", web.Cloud.PasswordOf("guessed"));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(web.Cloud.Services.GetRequiredService<UserAccounts>().LockedUntil("guessed"));
    }

    [Fact]
    public async Task An_administrator_sees_the_lockout_and_lifts_it()
    {
        web.Cloud.AddAccount("forgetful", Roles.Donre);
        using var person = new FormClient(web.Cloud, forwardedFor: "203.0.113.20");
        for (var i = 0; i < 5; i++)
        {
            await person.SignInAsync("forgetful", "not-it-" + i);
        }

        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        await page.GotoAsync("/admin/users");
        var row = page.Locator("tr[data-user=forgetful]");
        await Microsoft.Playwright.Assertions.Expect(row.Locator("[data-test=locked]")).ToBeVisibleAsync();
        await row.Locator("[data-test=unlock]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(row.Locator("[data-test=locked]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        var again = await person.SignInAsync("forgetful", web.Cloud.PasswordOf("forgetful"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_429_after_its_attempts_of_the_minute_and_another_address_does_not()
    {
        var perAddress = web.Cloud.Services.GetRequiredService<IOptions<WebOptions>>().Value.SignIn.AttemptsPerAddress;
        using var flood = new FormClient(web.Cloud, forwardedFor: "203.0.113.30");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= perAddress; i++)
        {
            statuses.Add((await flood.SignInAsync($"nobody{i}", "whatever-password")).StatusCode);
        }

        using var other = new FormClient(web.Cloud, forwardedFor: "203.0.113.31");
        var elsewhere = await other.SignInAsync("nobody", "whatever-password");

        Assert.All(statuses.Take(perAddress), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public void An_account_takes_only_its_attempts_of_the_minute_from_any_number_of_addresses()
    {
        var throttle = new SignInThrottle(Options.Create(new WebOptions { SignIn = new() { AttemptsPerAccount = 3 } }));

        var allowed = Enumerable.Range(0, 5).Select(_ => throttle.MayTry("Target ")).ToList();

        Assert.Equal([true, true, true, false, false], allowed);
        Assert.True(throttle.MayTry("someone-else"));
        throttle.Dispose();
    }

    [Fact]
    public void A_lockout_ends_by_itself_and_a_right_password_clears_the_count()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
        var accounts = new UserAccounts(new JsonFile<WebUser>(Path.Combine(_folder, "users.json")), clock, new() { FailuresBeforeLockout = 3, Lockout = TimeSpan.FromMinutes(15) });
        var (_, password, _) = accounts.Create("lan", "Lan", [Roles.Crew]);

        accounts.SignIn("lan", "wrong-1");
        accounts.SignIn("lan", "wrong-2");
        Assert.NotNull(accounts.SignIn("lan", password!));
        Assert.Equal(0, accounts.Find("lan")!.FailedSignIns);

        for (var i = 0; i < 3; i++)
        {
            accounts.SignIn("lan", "wrong");
        }

        Assert.Null(accounts.SignIn("lan", password!));
        Assert.Equal(clock.GetUtcNow().AddMinutes(15), accounts.LockedUntil("lan"));
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(accounts.LockedUntil("lan"));
        Assert.NotNull(accounts.SignIn("lan", password!));
    }

    [Fact]
    public async Task A_megabyte_of_name_or_password_is_refused_at_once()
    {
        using var client = new FormClient(web.Cloud, forwardedFor: "203.0.113.40");
        var huge = new string('a', 1_000_000);
        var overlong = new string('a', UserAccounts.MaximumPasswordLength + 1);

        var name = await client.SignInAsync(huge, "whatever-password");
        var password = await client.SignInAsync(WebCloud.UserOf(Roles.Admin), huge);
        var overLimit = await client.SignInAsync(WebCloud.UserOf(Roles.Admin), overlong);

        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overLimit.StatusCode);
        Assert.Contains("Wrong name or password.", await overLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
