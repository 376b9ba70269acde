using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Waste.TestServers;

namespace Waste.Cluster.Tests.Silos;

/// <summary>
/// One silo: the host's own build in a process of its own (<c>dotnet Waste.Host.dll</c>), with its own data folder and
/// loopback ports, which stay the same across restarts, as a machine's would. It can be killed with SIGKILL (nothing
/// closed, nothing said) or stopped as a service manager stops it, and started again.
/// </summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private readonly string _hostToken;
    private ServerProcess? _process;
    private string _lastOutput = "";

    /// <summary>Prepares the silo; nothing runs until <see cref="StartAsync"/>.</summary>
    public SiloProcess(string name, string hostToken)
    {
        Name = name;
        _hostToken = hostToken;
        var ports = LoopbackPorts.Take(4);
        (HttpPort, SiloPort, GatewayPort, MqttPort) = (ports[0], ports[1], ports[2], ports[3]);
        Http = NewClient();
    }

    /// <summary>Its name: the bridge id in external mode, and a folder name.</summary>
    public string Name { get; }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    /// <summary>The embedded hub's MQTT port (embedded mode only).</summary>
    public int MqttPort { get; }

    /// <summary>Its data folder: registry, key rings, users.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("waste-silo-").FullName;

    /// <summary>Its HTTP API, with the host token of the cluster.</summary>
    public HttpClient Http { get; private set; }

    /// <summary>The Orleans silo address's endpoint part, <c>127.0.0.1:port</c>, as <c>/api/cluster</c> prints it
    /// before <c>@generation</c>.</summary>
    public string Endpoint => "127.0.0.1:" + SiloPort.ToString(CultureInfo.InvariantCulture);

    public bool IsRunning => _process is not null;

    /// <summary>Everything the process printed, for a failing test's message.</summary>
    public string Output => _process?.Output ?? _lastOutput;

    /// <summary>Starts the process with the cluster's <paramref name="settings"/> and waits until the host has
    /// started (silo joined, hub or bridge up, HTTP listening).</summary>
    public async Task StartAsync(IEnumerable<string> settings)
    {
        string[] arguments =
        [
            HostBuild.Dll,
            $"--Urls=http://127.0.0.1:{HttpPort}",
            $"--Storage:DataDirectory={DataDirectory}",
            $"--Silo:SiloPort={SiloPort}",
            $"--Silo:GatewayPort={GatewayPort}",
            "--Silo:AdvertisedAddress=127.0.0.1",
            $"--Hub:MqttPort={MqttPort}",
            $"--Hub:External:BridgeId={Name}",
            $"--Web:HostToken={_hostToken}",
            .. settings,
        ];
        _process = await ServerProcess.StartAsync(ExecutableLookup.Require("dotnet", "the .NET SDK"), arguments, Started(), HostBuild.Folder);
        Http.Dispose();
        Http = NewClient();
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: its sockets are closed by the operating system, nothing else happens.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            await process.DisposeAsync();
            Forget(process);
        }
    }

    /// <summary>SIGTERM, as systemd or Kubernetes stops it: the host shuts down in order.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await process.TerminateAsync(TimeSpan.FromSeconds(30));
            Forget(process);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private void Forget(ServerProcess process)
    {
        _lastOutput = process.Output;
        _process = null;
    }

    private HttpClient NewClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"), Timeout = TimeSpan.FromSeconds(40) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _hostToken);
        return client;
    }

    [GeneratedRegex("Application started")]
    private static partial Regex Started();
}
