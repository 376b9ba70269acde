using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Waste.Storage.Sqlite;

/// <summary>
/// How many transactions the store committed, kept twice: in the database (a row every commit increments, inside the
/// commit) and, after each commit, in a small file beside it (<c>grains.db.commits</c>). The file is written after the
/// database's commit is durable, so it never counts more than the database holds; a database that holds fewer than
/// the file says lost acknowledged commits (its write-ahead log). The file is not synced: after a power cut it may
/// count fewer, which only makes the check weaker, never wrong.
/// </summary>
public static class CommitCounter
{
    /// <summary>The file beside <paramref name="databasePath"/>.</summary>
    public static string PathOf(string databasePath) => databasePath + ".commits";

    /// <summary>Creates the counter's row if missing.</summary>
    public static void Create(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS storage_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO storage_meta (name, value) VALUES ('commits', 0) ON CONFLICT DO NOTHING;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Counts one more commit inside <paramref name="transaction"/>; the new count.</summary>
    public static long Increment(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE storage_meta SET value = value + 1 WHERE name = 'commits' RETURNING value";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The count the database holds (0 before the table exists).</summary>
    public static long InDatabase(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM storage_meta WHERE name = 'commits'";
        try
        {
            return command.ExecuteScalar() is long value ? value : 0;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>The count the file beside <paramref name="databasePath"/> holds, or null without the file.</summary>
    public static long? Read(string databasePath) =>
        File.Exists(PathOf(databasePath)) && long.TryParse(File.ReadAllText(PathOf(databasePath)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;
}
