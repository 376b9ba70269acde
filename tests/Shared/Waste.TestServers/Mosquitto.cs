using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Waste.TestServers;

/// <summary>
/// A private Mosquitto (Debian's package, installed by ./test.sh) on a free loopback port with its own temporary
/// folder: the dynamic-security plugin with one administrator, the cloud's client, made by <c>mosquitto_ctrl dynsec
/// init</c> exactly as cloud/README.md tells an operator, persistence on, and its log published on <c>$SYS</c>.
/// </summary>
public sealed partial class Mosquitto : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-mosquitto-").FullName;
    private ServerProcess? _process;

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; } = LoopbackPorts.Take(1)[0];

    /// <summary>The cloud's dynamic-security client.</summary>
    public string CloudUserName => "waste-cloud";

    /// <summary>Its password, new for every broker.</summary>
    public string CloudPassword { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>Writes the configuration, creates the administrator and starts the broker.</summary>
    public async Task StartAsync()
    {
        var broker = Require("/usr/sbin/mosquitto");
        var control = Require("/usr/bin/mosquitto_ctrl");
        // Debian puts it in the multiarch folder, /usr/lib/x86_64-linux-gnu on amd64.
        var plugin = Directory.GetDirectories("/usr/lib").Select(d => Path.Combine(d, "mosquitto_dynamic_security.so")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("mosquitto_dynamic_security.so is missing. Run ./test.sh from the repository root: it installs Debian's mosquitto package.");
        var security = Path.Combine(_directory, "dynamic-security.json");
        await RunAsync(control, "dynsec", "init", security, CloudUserName, CloudPassword);
        var configuration = Path.Combine(_directory, "mosquitto.conf");
        await File.WriteAllTextAsync(configuration, string.Join('\n',
            // As root, Mosquitto would drop to its own user, which may not write this folder.
            $"user {Environment.UserName}",
            "per_listener_settings false",
            $"listener {Port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            "allow_anonymous false",
            $"plugin {plugin}",
            $"plugin_opt_config_file {security}",
            "persistence true",
            $"persistence_location {_directory}/",
            "max_queued_messages 0",
            "log_dest stderr",
            "log_dest topic",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "log_type subscribe",
            ""));
        _process = await ServerProcess.StartAsync(broker, ["-c", configuration], ReadyLine(), _directory);
    }

    /// <summary>Everything the broker logged so far.</summary>
    public string Log => _process?.Output ?? "";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static string Require(string path) => File.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing. Run ./test.sh from the repository root: it installs Debian's mosquitto package (scripts/install-test-dependencies.sh).");

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments.Take(3))} failed: {output}");
        }
    }

    [GeneratedRegex(@"mosquitto version \S+ running")]
    private static partial Regex ReadyLine();
}
