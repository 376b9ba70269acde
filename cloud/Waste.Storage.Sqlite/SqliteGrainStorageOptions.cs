namespace Waste.Storage.Sqlite;

/// <summary>Where the SQLite grain store keeps its file and how it commits.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>Path of the database file; created with its folder when missing.</summary>
    public string DatabasePath { get; set; } = "data/grains.db";

    /// <summary>The most writes one transaction commits. Writes that arrive while a commit is under way wait for the
    /// next one, so under load each fsync serves many grains.</summary>
    public int MaxWritesPerCommit { get; set; } = 1024;

    /// <summary>The writer's page cache, in megabytes. A rewritten state's old pages are read before they are freed
    /// (a state longer than a page is a chain of overflow pages), so with SQLite's default of 2 MB each rewrite of a
    /// city's thousands of states read its old pages back from the file.</summary>
    public int WriterCacheMegabytes { get; set; } = 64;
}
