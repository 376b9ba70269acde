using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Waste.TestServers;

/// <summary>
/// The Cosmos DB-compatible test server from npm (@vercel/cosmosdb-server, installed by ./test.sh into
/// tools/cosmosdb-server) over HTTPS with its self-signed certificate, on a loopback port the OS chose. It keeps
/// everything in memory and checks no key, so each start gets a fresh random one.
/// </summary>
public sealed partial class CosmosDbServer : IAsyncDisposable
{
    private ServerProcess? _process;

    /// <summary>The account's connection string.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts the server.</summary>
    public async Task StartAsync()
    {
        var node = ExecutableLookup.Require("node", "Node.js");
        var tool = Path.Combine(RepositoryRoot.Path, "tools", "cosmosdb-server");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new InvalidOperationException(
                $"The Cosmos DB test server is not installed in {tool}. Run ./test.sh from the repository root: it runs 'npm ci' there.");
        }

        _process = await ServerProcess.StartAsync(node, [Path.Combine(tool, "server.js")], ReadyLine(), tool);
        var port = int.Parse(_process.ReadyValue, CultureInfo.InvariantCulture);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        ConnectionString = $"AccountEndpoint=https://127.0.0.1:{port}/;AccountKey={key};";
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }

    [GeneratedRegex(@"^listening on 127\.0\.0\.1:(\d+)$")]
    private static partial Regex ReadyLine();
}
