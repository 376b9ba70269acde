using Microsoft.AspNetCore.Builder;
using Waste.Host;

namespace Waste.Ingest.Bench;

/// <summary>The cloud host a benchmark measures: in this process, on free loopback ports, its state in
/// <paramref name="dataDirectory"/>, logging only warnings.</summary>
internal static class BenchHost
{
    public static WebApplication Create(string dataDirectory, TimeProvider? eventTime = null, params string[] settings)
    {
        var ports = Enumerable.Range(0, 4).Select(_ => FreePort()).ToArray();
        return WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{ports[0]}",
            $"--Storage:DataDirectory={dataDirectory}",
            $"--Hub:MqttPort={ports[1]}",
            $"--Silo:SiloPort={ports[2]}",
            $"--Silo:GatewayPort={ports[3]}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ], eventTime);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
