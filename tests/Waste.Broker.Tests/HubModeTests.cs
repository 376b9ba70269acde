using Waste.Host;
using Waste.TestServers;

namespace Waste.Broker.Tests;

/// <summary>Hub:Mode chooses the hub; a mistake in it stops the host with the reason.</summary>
public sealed class HubModeTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("waste-mode-").FullName;

    [Fact]
    public void An_unknown_hub_mode_stops_the_host_naming_the_modes_there_are()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WasteHost.Create([.. Arguments(), "--Hub:Mode=Sideways"]));

        Assert.Contains("Embedded, External or AzureIotHub", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_mode_without_the_clouds_broker_credentials_stops_the_host_saying_which_are_missing()
    {
        await using var app = WasteHost.Create([.. Arguments(), "--Hub:Mode=External", "--Hub:External:Port=1"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Hub:External:UserName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_iot_hub_mode_without_the_endpoint_stops_the_host_saying_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WasteHost.Create([.. Arguments(), "--Hub:Mode=AzureIotHub"]));

        Assert.Contains("Hub:AzureIotHub:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private string[] Arguments()
    {
        var ports = LoopbackPorts.Take(3);
        return
        [
            $"--Urls=http://127.0.0.1:{ports[0]}",
            $"--Storage:DataDirectory={_dataDirectory}",
            $"--Silo:SiloPort={ports[1]}",
            $"--Silo:GatewayPort={ports[2]}",
        ];
    }
}
