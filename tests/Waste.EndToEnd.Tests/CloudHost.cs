using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Waste.Host;
using Waste.Hub;
using Waste.Registry;
using Waste.Simulation.Devices;
using Waste.Simulation;
using Waste.TestServers;

namespace Waste.EndToEnd.Tests;

/// <summary>The whole cloud process started in-process on free ports, with a fresh data folder and a virtual clock.</summary>
public sealed class CloudHost : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("waste-e2e-").FullName;

    // The API needs a signed-in person or an API token: the tests call it with a host token made for this run.
    private readonly string _hostToken = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
    private WebApplication? _app;

    /// <summary>The domain's clock; tests move it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

    public HttpClient Http { get; private set; } = new();

    public HubOptions Hub => _app!.Hub();

    public HubMetrics Metrics => _app!.Services.GetRequiredService<HubMetrics>();

    public IDeviceRegistry Registry => _app!.Services.GetRequiredService<IDeviceRegistry>();

    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app!.Services;

    /// <summary>The registry as another process (the <c>devices</c> tool) opens it: same file, same key ring.</summary>
    public JsonFileDeviceRegistry OpenRegistryAsAnotherProcess() => JsonFileDeviceRegistry.OpenIn(_dataDirectory);

    /// <summary>The data folder, for the devices tool's <c>--data</c>.</summary>
    public string DataDirectory => _dataDirectory;

    public Task InitializeAsync() => StartAsync();

    /// <summary>Stops the cloud as a host shuts down and starts a new one on the same data and clock (new ports: the
    /// devices connect again), as a restarted cloud finds it.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var httpPort = LoopbackPorts.Next();
        _app = WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{httpPort}",
            $"--Storage:DataDirectory={_dataDirectory}",
            $"--Hub:MqttPort={LoopbackPorts.Next()}",
            $"--Silo:SiloPort={LoopbackPorts.Next()}",
            $"--Silo:GatewayPort={LoopbackPorts.Next()}",
            $"--Web:HostToken={_hostToken}",
            "--Planning:TimeLimitSeconds=2",
        ], Clock);
        await _app.StartAsync();
        Http.Dispose();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _hostToken);
    }

    private async Task StopAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Registers bins with the given ids and returns their credentials.</summary>
    public Task<IReadOnlyList<DeviceCredentials>> RegisterBinsAsync(string prefix, int count) =>
        FleetProvisioning.EnsureBinsAsync(Registry, prefix, count, HubAddress, CancellationToken.None);

    /// <summary>Registers public toilets with the given ids and returns their credentials.</summary>
    public async Task<IReadOnlyList<DeviceCredentials>> RegisterToiletsAsync(string prefix, int count)
    {
        var toilets = Enumerable.Range(1, count).Select(i => new RegisteredDevice
        {
            Id = $"{prefix}{i:D4}",
            Kind = Waste.Telemetry.DeviceKind.Toilet,
            PrimaryKey = DeviceKey.Generate(),
            Ward = "Phú Cường",
            District = "Thủ Dầu Một",
        }).ToList();
        await Registry.SaveAsync(toilets);
        return [.. toilets.Select(t => new DeviceCredentials(t.Id, t.PrimaryKey, HubAddress))];
    }

    public HubAddress HubAddress => new(Hub.HostName, Hub.BindAddress, Hub.MqttPort);

    public async Task<JsonElement> GetDeviceAsync(string id) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}"));

    public async Task DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
