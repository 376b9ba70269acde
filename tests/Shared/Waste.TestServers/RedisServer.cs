using System.Text.RegularExpressions;

namespace Waste.TestServers;

/// <summary>
/// A private redis-server on a free loopback port with its own temporary folder. Nothing is read from
/// /etc/redis: snapshots are off and the append-only file is on with an fsync before every reply, the configuration
/// cloud/README.md asks of a production Redis, so a restart keeps every acknowledged write.
/// </summary>
public sealed partial class RedisServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-redis-").FullName;
    private ServerProcess? _process;

    /// <summary>The port it listens on, the same across restarts.</summary>
    public int Port { get; } = LoopbackPorts.Take(1)[0];

    /// <summary>A StackExchange.Redis connection string for it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts the server; it reloads whatever its append-only file holds.</summary>
    public async Task StartAsync()
    {
        var executable = ExecutableLookup.Require("redis-server", "Debian's redis-server package");
        _process = await ServerProcess.StartAsync(executable,
        [
            "--bind", "127.0.0.1",
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dir", _directory,
            "--save", "",
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--daemonize", "no",
            "--logfile", "",
        ], ReadyLine(), _directory);
    }

    /// <summary>Kills the server without letting it save anything on the way out, as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex("Ready to accept connections")]
    private static partial Regex ReadyLine();
}
