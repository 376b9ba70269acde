using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Waste.Host;
using Waste.Hub;
using Waste.Registry;
using Waste.Simulation.Devices;

namespace Waste.Simulation.Cloud;

/// <summary>
/// The whole cloud (embedded MQTT hub, Orleans silo, HTTP API, web app) started in this process on the simulation's
/// clock, with its own data folder, free loopback ports and an API token made for the run.
/// </summary>
public sealed class EmbeddedCloud : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDirectory;
    private readonly bool _deleteData;

    private EmbeddedCloud(WebApplication app, string dataDirectory, bool deleteData, Uri baseAddress, string token)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        _deleteData = deleteData;
        Api = new CloudApi(baseAddress, token);
        BaseAddress = baseAddress;
    }

    /// <summary>The HTTP API, as the simulation's dispatcher and crews use it.</summary>
    public CloudApi Api { get; }

    /// <summary>The web app's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where devices find the hub.</summary>
    public HubAddress Hub
    {
        get
        {
            var hub = _app.Hub();
            return new HubAddress(hub.HostName, hub.BindAddress, hub.MqttPort);
        }
    }

    /// <summary>The hub's running counters.</summary>
    public HubMetrics Metrics => _app.Services.GetRequiredService<HubMetrics>();

    /// <summary>The device registry.</summary>
    public IDeviceRegistry Registry => _app.Services.GetRequiredService<IDeviceRegistry>();

    /// <summary>The silo's grains, for what the API does not offer in bulk (setting many twins at once).</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts the cloud on <paramref name="clock"/>. With no <paramref name="dataDirectory"/> a temporary folder is
    /// used and deleted afterwards; <paramref name="settings"/> are more host settings (<c>--Key=value</c>).
    /// </summary>
    public static async Task<EmbeddedCloud> StartAsync(TimeProvider clock, IEnumerable<string> settings, string? dataDirectory = null, string? url = null)
    {
        var deleteData = dataDirectory is null;
        dataDirectory ??= ScratchFolder();
        var token = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var address = new Uri(url ?? $"http://127.0.0.1:{FreePort()}");
        string[] args =
        [
            $"--Urls={address.GetLeftPart(UriPartial.Authority)}",
            $"--Storage:DataDirectory={dataDirectory}",
            $"--Hub:MqttPort={FreePort()}",
            $"--Silo:SiloPort={FreePort()}",
            $"--Silo:GatewayPort={FreePort()}",
            $"--Web:HostToken={token}",
            .. settings,
        ];
        var app = WasteHost.Create(args, clock);
        await app.StartAsync();
        return new EmbeddedCloud(app, dataDirectory, deleteData, address, token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_deleteData)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a closing connection: the folder is left behind.
            }
        }
    }

    // A run's own data is deleted at its end: Linux's memory-backed /dev/shm, where there is one, spares the run the
    // disk's flushes (the store still commits before it acknowledges; only the medium differs). A 2,000-bin day
    // took 66 s there against 78 s on this machine's disk.
    private static string ScratchFolder()
    {
        const string Memory = "/dev/shm";
        return Directory.Exists(Memory)
            ? Directory.CreateDirectory(Path.Combine(Memory, $"waste-sim-{Guid.NewGuid():N}")).FullName
            : Directory.CreateTempSubdirectory("waste-sim-").FullName;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
