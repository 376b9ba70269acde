using System.Globalization;
using System.Text.RegularExpressions;

namespace Waste.TestServers;

/// <summary>
/// Azurite's Table service (npm <c>azurite</c>, installed by ./test.sh into tools/azurite from its lock file) on a
/// free loopback port with its own temporary folder: the Azure Table storage Orleans' Azure Storage clustering keeps
/// its membership table in. It answers to Azurite's well-known development account.
/// </summary>
public sealed partial class Azurite : IAsyncDisposable
{
    // Azurite's fixed development account, published in its documentation: not a secret.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _directory = Directory.CreateTempSubdirectory("waste-azurite-").FullName;
    private ServerProcess? _process;

    /// <summary>The Table service's port.</summary>
    public int Port { get; } = LoopbackPorts.Take(1)[0];

    /// <summary>An Azure Storage connection string for it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{AccountName};";

    /// <summary>Starts the Table service.</summary>
    public async Task StartAsync()
    {
        var node = ExecutableLookup.Require("node", "Node.js");
        var tool = Path.Combine(RepositoryRoot.Path, "tools", "azurite");
        var table = Path.Combine(tool, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(table))
        {
            throw new InvalidOperationException($"Azurite is not installed in {tool}. Run ./test.sh from the repository root: it runs 'npm ci' there.");
        }

        _process = await ServerProcess.StartAsync(node,
        [
            table,
            "--tableHost", "127.0.0.1",
            "--tablePort", Port.ToString(CultureInfo.InvariantCulture),
            "--location", _directory,
            "--disableTelemetry",
            "--skipApiVersionCheck",
            "--silent",
        ], ReadyLine(), _directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex("Table service successfully started")]
    private static partial Regex ReadyLine();
}
