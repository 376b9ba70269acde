using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Waste.Storage.Sqlite;
using Waste.TestServers;

namespace Waste.Storage.Tests;

/// <summary>The host's own build in a process of its own, killed with SIGKILL while its acknowledged writes are in
/// the write-ahead log: its folder, log included, passes the start check; a copy of the folder whose log was deleted
/// makes the process print the file and the way back and exit with 2 before anything listens.</summary>
public sealed partial class KilledHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waste-killed-").FullName;
    private readonly string _copy = Directory.CreateTempSubdirectory("waste-killed-copy-").FullName;
    private readonly string _token = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    [Fact]
    public async Task A_killed_hosts_folder_passes_and_a_copy_whose_log_was_deleted_is_refused_naming_the_file_and_the_way_back()
    {
        var ports = LoopbackPorts.Take(4);
        await using (var host = await ServerProcess.StartAsync(ExecutableLookup.Require("dotnet", "the .NET SDK"), Arguments(_folder, ports), Started(), HostBuild.Folder))
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            foreach (var capacity in new[] { 8000, 9000, 10000 })
            {
                var fleet = $$"""{"depots":[{"id":"d1","name":"Depot","latitude":10.98,"longitude":106.65}],"disposalSites":[],"vehicles":[{"id":"t1","depotId":"d1","capacityLitres":{{capacity}},"capacityKilograms":5000,"streams":["residual"],"crew":["crew"]}]}""";
                using var answer = await http.PutAsync("/api/fleet", new StringContent(fleet, Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }
        }

        var database = Path.Combine(_folder, "grains.db");
        Assert.True(new FileInfo(database + "-wal").Length > 0, "the acknowledged writes are in the log");
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }

        SqliteStartCheck.Run(database);
        File.Delete(Path.Combine(_copy, "grains.db-wal"));

        var (code, output) = await RunToExitAsync(Arguments(_copy, LoopbackPorts.Take(4)));

        Assert.True(code == 2, $"exit code {code}:\n{output}");
        Assert.Contains($"The grain database {Path.Combine(_copy, "grains.db")} cannot be used", output, StringComparison.Ordinal);
        Assert.Contains("its write-ahead log grains.db-wal was lost", output, StringComparison.Ordinal);
        Assert.Contains("move grains.db.commits away", output, StringComparison.Ordinal);
        Assert.Contains("docs/deployment.md", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Application started", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_copy, recursive: true);
    }

    private string[] Arguments(string folder, int[] ports) =>
    [
        HostBuild.Dll,
        $"--Urls=http://127.0.0.1:{ports[0]}",
        $"--Storage:DataDirectory={folder}",
        $"--Silo:SiloPort={ports[1]}",
        $"--Silo:GatewayPort={ports[2]}",
        $"--Hub:MqttPort={ports[3]}",
        $"--Web:HostToken={_token}",
    ];

    private static async Task<(int Code, string Output)> RunToExitAsync(string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutableLookup.Require("dotnet", "the .NET SDK"), arguments)
        {
            WorkingDirectory = HostBuild.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex("Application started")]
    private static partial Regex Started();
}
