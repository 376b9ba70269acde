using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Waste.Host;
using Waste.Hub;
using Waste.Registry;
using Waste.Simulation.Devices;
using Waste.TestServers;
using Waste.Web.Access;
using Waste.Web.Storage;

namespace Waste.Web.Tests;

/// <summary>
/// The whole cloud host in-process on free ports with a fresh data folder and a virtual clock, one account per role
/// made before it starts (so the tests know the passwords), and an HTTP client holding a host token for the API.
/// </summary>
public sealed class WebCloud : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("waste-web-").FullName;
    private readonly string _hostToken = ApiTokens.Prefix + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
    private readonly Dictionary<string, string> _passwords = [];
    private WebApplication? _app;

    /// <summary>The domain's clock: 26 November 2026, 10:00 in Binh Duong.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));

    /// <summary>The API with the host token (every role).</summary>
    public HttpClient Api { get; } = new();

    /// <summary>The site's address, ending without a slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public IDeviceRegistry Registry => Services.GetRequiredService<IDeviceRegistry>();

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public HubAddress Hub
    {
        get
        {
            var options = _app!.Hub();
            return new HubAddress(options.HostName, options.BindAddress, options.MqttPort);
        }
    }

    /// <summary>The sign-in name of the account of <paramref name="role"/> (the role's own name).</summary>
    public static string UserOf(string role) => role;

    /// <summary>The password of <paramref name="userName"/>.</summary>
    public string PasswordOf(string userName) => _passwords[userName];

    public async Task InitializeAsync()
    {
        var accounts = new UserAccounts(new JsonFile<WebUser>(Path.Combine(_dataDirectory, "users.json")), TimeProvider.System);
        foreach (var role in Roles.All)
        {
            var (user, password, _) = accounts.Create(UserOf(role), $"Test {role}", [role]);
            _passwords[user!.UserName] = password!;
        }

        var httpPort = LoopbackPorts.Next();
        _app = WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{httpPort}",
            $"--Storage:DataDirectory={_dataDirectory}",
            $"--Hub:MqttPort={LoopbackPorts.Next()}",
            $"--Silo:SiloPort={LoopbackPorts.Next()}",
            $"--Silo:GatewayPort={LoopbackPorts.Next()}",
            $"--Web:HostToken={_hostToken}",
            // Plans in a second or two rather than the optimiser's default ten seconds a depot: the test towns are small.
            "--Planning:TimeLimitSeconds=2",
            "--Planning:MaxIterations=2000",
            // The public view is rebuilt each second (not fifteen) so a test sees a change at once; a light proof of
            // work keeps the browser's report quick; three reports an hour per device so the limit is reached in a test.
            "--Public:RefreshSeconds=1",
            "--Public:ProofOfWorkBits=12",
            "--Public:ReportsPerDevicePerHour=3",
            "--Public:ReportsPerAddressPerHour=1000",
            // The tests stand behind a "proxy" on loopback: each browser context and each rate-limit test says its own
            // client address, so sign-ins of unrelated tests never share an address's limit.
            "--Web:Proxies:0=127.0.0.1",
            // Every test signs in as the same few accounts; the account limit has its own test (SignInBrakeTests).
            "--Web:SignIn:AttemptsPerAccount=100000",
        ], Clock);
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{httpPort}";
        Api.BaseAddress = new Uri(BaseUrl);
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _hostToken);
    }

    /// <summary>Makes an account of <paramref name="role"/> named <paramref name="userName"/> while the host runs, and
    /// keeps its password for <see cref="PasswordOf"/>.</summary>
    public void AddAccount(string userName, string role)
    {
        var (user, password, error) = Services.GetRequiredService<UserAccounts>().Create(userName, $"Test {userName}", [role]);
        Assert.True(error is null, $"{userName}: {error}");
        _passwords[user!.UserName] = password!;
    }

    /// <summary>Registers a device and returns the credentials a simulated device connects with.</summary>
    public async Task<DeviceCredentials> RegisterAsync(RegisteredDevice device)
    {
        await Registry.SaveAsync([device]);
        return new DeviceCredentials(device.Id, device.PrimaryKey, Hub);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
