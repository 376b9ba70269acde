using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Waste.EndToEnd.Tests;
using Waste.Grains.Devices;
using Waste.Host;
using Waste.Hub;
using Waste.Hub.External;
using Waste.Registry;
using Waste.Telemetry;
using Waste.TestServers;

namespace Waste.Broker.Tests.Broker;

/// <summary>A private Mosquitto and the whole cloud process in external-broker mode beside it (bridge
/// <see cref="BridgeId"/>), with a fresh data folder and a virtual clock.</summary>
public sealed class ExternalCloud : IAsyncLifetime
{
    /// <summary>The host's bridge id.</summary>
    public const string BridgeId = "silo-a";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("waste-broker-").FullName;
    private readonly Mosquitto _mosquitto = new();

    // The API needs a signed-in person or an API token: the tests call it with a host token made for this run.
    private readonly string _hostToken = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
    private WebApplication? _app;

    /// <summary>The domain's clock; tests move it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

    public HttpClient Http { get; } = new();

    public int BrokerPort => _mosquitto.Port;

    /// <summary>What Mosquitto logged so far, for a failing test's message.</summary>
    public string BrokerLog => _mosquitto.Log;

    public IServiceProvider Services => _app!.Services;

    public HubMetrics Metrics => Services.GetRequiredService<HubMetrics>();

    public IDeviceRegistry Registry => Services.GetRequiredService<IDeviceRegistry>();

    /// <summary>The host's own bridge.</summary>
    public ExternalBrokerBridge Bridge => Services.GetRequiredService<ExternalBrokerBridge>();

    /// <summary>The host's bridge options, for tests that start more bridges in the same group.</summary>
    public ExternalBrokerOptions BridgeOptions => Services.GetRequiredService<IOptions<ExternalBrokerOptions>>().Value;

    /// <summary>The registry as another process (the <c>devices</c> tool) opens it: same file, same key ring.</summary>
    public JsonFileDeviceRegistry OpenRegistryAsAnotherProcess() => JsonFileDeviceRegistry.OpenIn(_dataDirectory);

    public async Task InitializeAsync()
    {
        await _mosquitto.StartAsync();
        var httpPort = LoopbackPorts.Take(1)[0];
        var ports = LoopbackPorts.Take(2);
        _app = WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{httpPort}",
            $"--Storage:DataDirectory={_dataDirectory}",
            "--Hub:Mode=External",
            $"--Hub:External:Port={_mosquitto.Port}",
            $"--Hub:External:UserName={_mosquitto.CloudUserName}",
            $"--Hub:External:Password={_mosquitto.CloudPassword}",
            $"--Hub:External:BridgeId={BridgeId}",
            $"--Silo:SiloPort={ports[0]}",
            $"--Silo:GatewayPort={ports[1]}",
            $"--Web:HostToken={_hostToken}",
        ], Clock);
        await _app.StartAsync();
        Http.BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _hostToken);
    }

    /// <summary>Registers a bin with a new key; the bridge gives it its broker credentials as the registry announces it.</summary>
    public async Task<RegisteredDevice> RegisterBinAsync(string id)
    {
        var device = new RegisteredDevice { Id = id, Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Stream = WasteStream.Residual };
        await Registry.SaveAsync([device]);
        return device;
    }

    /// <summary>A device on this broker with <paramref name="device"/>'s primary key.</summary>
    public SharedBrokerDevice DeviceFor(RegisteredDevice device) => new(device.Id, device.PrimaryKey, BrokerPort);

    /// <summary>Registers a bin and connects it as soon as the broker knows it, with these subscriptions; waits until
    /// the bridge has seen it connect and its session grain holds the bridge's link.</summary>
    public async Task<SharedBrokerDevice> ConnectedBinAsync(string id, params string[] subscriptions)
    {
        var device = DeviceFor(await RegisterBinAsync(id));
        await device.ConnectWhenKnownAsync(subscriptions);
        var session = Services.GetRequiredService<IGrainFactory>().GetGrain<IDeviceSessionGrain>(id);
        await Eventually.TrueAsync(() => Bridge.IsConnected(id) && session.IsConnected().Result);
        return device;
    }

    public async Task<JsonElement> GetBinAsync(string id) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}")).GetProperty("bin");

    /// <summary>Another silo's bridge in the host's shared-subscription group, on the host's grains through
    /// <paramref name="ingest"/>: what a second silo process would run.</summary>
    public ExternalBrokerBridge AnotherBridge(string bridgeId, ITelemetryIngest ingest)
    {
        var options = BridgeOptions;
        var pipeline = new TelemetryPipeline(Registry, ingest, Metrics, Clock, NullLogger<TelemetryPipeline>.Instance);
        return new ExternalBrokerBridge(
            Options.Create(new ExternalBrokerOptions
            {
                Host = options.Host,
                Port = options.Port,
                UserName = options.UserName,
                Password = options.Password,
                Group = options.Group,
                BridgeId = bridgeId,
            }),
            Registry,
            pipeline,
            Services.GetRequiredService<TwinRequests>(),
            Services.GetRequiredService<IDevicePresence>(),
            Metrics,
            Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>());
    }

    /// <summary>The host's own way to the grains.</summary>
    public ITelemetryIngest Ingest => Services.GetRequiredService<ITelemetryIngest>();

    /// <summary>A reading message in protocol version 1, taken <paramref name="sequence"/> seconds after a fixed time
    /// an hour ago: the bridges may store one device's messages in any order, and the latest is the latest by time.</summary>
    public string Reading(string deviceId, long sequence, double fill)
    {
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();
        return $$"""{"v":1,"dev":"{{deviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":{{sequence}},"t":{{now - 3600 + sequence}},"fill_pct":{{fill}}}]}""";
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _mosquitto.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
