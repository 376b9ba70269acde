using System.Diagnostics;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Registry;

/// <summary>The <c>devices</c> tool, run as a newcomer runs it (its own process, in a folder of its own): a read finds
/// the demo's registry by itself, says where it looked when there is none, and makes no folder.</summary>
public sealed class DevicesToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("devices-tool-").FullName;

    [Fact]
    public async Task List_finds_the_demos_registry_without_being_told_where()
    {
        using (var registry = JsonFileDeviceRegistry.OpenIn(Path.Combine(_folder, ".data", "demo")))
        {
            await registry.SaveAsync([new RegisteredDevice { Id = "bin-demo-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", Stream = WasteStream.Residual, CapacityLitres = 240, Latitude = 10.98, Longitude = 106.65 }]);
        }

        var (code, output, error) = await RunAsync("list");

        Assert.Equal(0, code);
        Assert.Contains("bin-demo-1", output);
        Assert.Contains("1 devices", output);
        Assert.Contains(Path.Combine(".data", "demo", "registry", "devices.json"), error);
        Assert.False(Directory.Exists(Path.Combine(_folder, ".data", "registry")), "the read made the host's registry folder");
    }

    [Fact]
    public async Task List_with_no_registry_anywhere_says_where_it_looked_and_makes_nothing()
    {
        var (code, output, error) = await RunAsync("list");

        Assert.Equal(1, code);
        Assert.DoesNotContain("0 devices", output);
        Assert.Contains(Path.Combine(_folder, ".data", "registry", "devices.json"), error);
        Assert.Contains(Path.Combine(_folder, ".data", "demo", "registry", "devices.json"), error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task List_of_a_folder_without_a_registry_says_so_and_makes_nothing_in_it()
    {
        var given = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;

        var (code, _, error) = await RunAsync("list", "--data", given);

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(given, "registry", "devices.json"), error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(given));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "devices.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
