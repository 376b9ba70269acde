using Orleans.Storage;

namespace Waste.Storage.Tests.Backends;

/// <summary>
/// One grain store under test, shared by the tests of one class: its server, when it has one, and a silo using it.
/// Tests keep apart by using their own grain ids.
/// </summary>
public abstract class StorageBackend : IAsyncLifetime
{
    private readonly string _serviceId = $"waste-storage-tests-{Guid.NewGuid():N}";
    private StorageSilo? _silo;

    /// <summary>A folder of this backend's own, deleted at the end.</summary>
    protected string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("waste-storage-").FullName;

    /// <summary>The store, as the running silo resolved it.</summary>
    public IGrainStorage Storage => _silo?.Storage ?? throw new InvalidOperationException("the silo is not running");

    /// <summary>The size, in bytes of raw data, of the largest state the suite writes here.</summary>
    public abstract int LargeStateBytes { get; }

    /// <summary>Starts the backend's server, if any, and returns the <c>Storage:*</c> settings that select it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> StartServerAsync();

    /// <summary>Stops the server started by <see cref="StartServerAsync"/>.</summary>
    protected abstract ValueTask StopServerAsync();

    private string SqliteDatabasePath => Path.Combine(Directory, "grains.db");

    private IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _settings = await StartServerAsync();
        _silo = await StorageSilo.StartAsync(_settings, SqliteDatabasePath, _serviceId);
    }

    /// <summary>Shuts the silo down and starts a new one on the same store: what a host restart does.</summary>
    public async Task RestartSiloAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
            _silo = null;
        }

        _silo = await StorageSilo.StartAsync(_settings, SqliteDatabasePath, _serviceId);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        await StopServerAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
