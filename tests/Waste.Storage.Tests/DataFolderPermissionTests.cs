using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Waste.Host;
using Waste.Registry;
using Waste.Telemetry;
using Waste.TestServers;

namespace Waste.Storage.Tests;

/// <summary>A data folder made from nothing, by the devices tool's first write and then by the host at work (a device
/// registered, the fleet stored, a sign-in page's anti-forgery key, accounts, the report store): every folder in it is
/// 700 and no file in it can be read by anyone but its owner. Unix modes: Windows folders inherit their ACLs.</summary>
public sealed class DataFolderPermissionTests : IDisposable
{
    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _parent = Directory.CreateTempSubdirectory("waste-modes-").FullName;

    [Fact]
    public async Task Everything_the_devices_tool_and_the_host_make_in_a_new_data_folder_is_their_owners_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(_parent, "data");
        using (var registry = JsonFileDeviceRegistry.OpenIn(folder))
        {
            await registry.SaveAsync([new RegisteredDevice { Id = "bin-mode-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", Stream = WasteStream.Residual, CapacityLitres = 240, Latitude = 10.98, Longitude = 106.65 }]);
        }

        var afterTool = Exposed(folder);
        var host = Path.Combine(_parent, "host-data");
        await RunHostAsync(host);

        Assert.Empty(afterTool);
        Assert.Empty(Exposed(host));
        Assert.Contains(Path.Combine(host, "grains.db"), Directory.GetFiles(host));
        Assert.Contains(Path.Combine(host, "reports.db"), Directory.GetFiles(host));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(host, "web-keys")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(host, "keys")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_parent, recursive: true);
    }

    // The host started on folder, made to write what it keeps there, and stopped.
    private static async Task RunHostAsync(string folder)
    {
        var ports = LoopbackPorts.Take(4);
        var token = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var app = WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{ports[0]}",
            $"--Storage:DataDirectory={folder}",
            $"--Silo:SiloPort={ports[1]}",
            $"--Silo:GatewayPort={ports[2]}",
            $"--Hub:MqttPort={ports[3]}",
            $"--Web:HostToken={token}",
        ]);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/signin")).StatusCode);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            const string Fleet = """{"depots":[{"id":"d1","name":"Depot","latitude":10.98,"longitude":106.65}],"disposalSites":[],"vehicles":[{"id":"t1","depotId":"d1","capacityLitres":10000,"capacityKilograms":5000,"streams":["residual"],"crew":["crew"]}]}""";
            Assert.Equal(HttpStatusCode.OK, (await http.PutAsync("/api/fleet", new StringContent(Fleet, Encoding.UTF8, "application/json"))).StatusCode);
            var registry = (IDeviceRegistry)app.Services.GetService(typeof(IDeviceRegistry))!;
            await registry.SaveAsync([new RegisteredDevice { Id = "bin-mode-2", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", Stream = WasteStream.Residual, CapacityLitres = 240, Latitude = 10.98, Longitude = 106.65 }]);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    // Folders that are not 700 and files that group or others may touch, with their modes.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static List<string> Exposed(string folder)
    {
        var exposed = new List<string>();
        if (File.GetUnixFileMode(folder) != (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute))
        {
            exposed.Add($"{folder} {File.GetUnixFileMode(folder)}");
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var mode = File.GetUnixFileMode(entry);
            if (Directory.Exists(entry) ? mode != (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute) : (mode & OthersAndGroup) != 0)
            {
                exposed.Add($"{entry} {mode}");
            }
        }

        return exposed;
    }
}
