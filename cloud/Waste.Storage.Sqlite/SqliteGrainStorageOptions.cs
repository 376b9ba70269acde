namespace Waste.Storage.Sqlite;

/// <summary>Where the SQLite grain store keeps its file and how it commits.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>Path of the database file; created with its folder when missing.</summary>
    public string DatabasePath { get; set; } = "data/grains.db";

    /// <summary>The most writes one transaction commits. Writes that arrive while a commit is under way wait for the
    /// next one, so under load each fsync serves many grains.</summary>
    public int MaxWritesPerCommit { get; set; } = 1024;
}
