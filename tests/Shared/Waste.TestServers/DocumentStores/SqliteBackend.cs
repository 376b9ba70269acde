using Waste.Reports.Sqlite;

namespace Waste.TestServers.DocumentStores;

/// <summary>The SQLite document store on a file in a folder of its own.</summary>
public sealed class SqliteBackend : DocumentStoreBackend
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-reports-").FullName;

    /// <summary>The database file.</summary>
    public string DatabasePath => Path.Combine(_directory, "reports.db");

    public override Task InitializeAsync()
    {
        Store = new SqliteDocumentStore(DatabasePath);
        return Task.CompletedTask;
    }

    public override void Reopen()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Store = new SqliteDocumentStore(DatabasePath);
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
