using Waste.TestServers;

namespace Waste.Storage.Tests.Backends;

/// <summary>Orleans' own Redis provider against a private redis-server.</summary>
public sealed class RedisBackend : StorageBackend
{
    private RedisServer? _server;

    public override int LargeStateBytes => 8 * 1024 * 1024;

    /// <summary>Kills the Redis server as a crash would, and starts it again on the same files and port.</summary>
    internal async Task CrashAndRestartServerAsync()
    {
        await _server!.KillAsync();
        await _server.StartAsync();
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> StartServerAsync()
    {
        _server = new RedisServer();
        await _server.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = _server.ConnectionString,
        };
    }

    protected override async ValueTask StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
