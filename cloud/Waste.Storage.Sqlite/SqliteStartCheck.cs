using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Waste.Storage.Sqlite;

/// <summary>
/// What the grain database must pass before a host opens it: SQLite's own <c>PRAGMA quick_check</c> (pages, b-trees,
/// records), every row's checksum (a damaged page inside a state's bytes passes quick_check), and the commit counter
/// (<see cref="CommitCounter"/>): the database must hold at least the commits the store acknowledged, or its
/// write-ahead log was lost (deleted, or not copied with it) and acknowledged writes with it. Any failure refuses to
/// start with the file's name and the way back (docs/deployment.md, "When the host refuses to start").
/// </summary>
public static class SqliteStartCheck
{
    /// <summary>Checks the database at <paramref name="path"/> if it exists; throws <see cref="StorageDamagedException"/>
    /// when it must not be opened.</summary>
    public static void Run(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
        {
            if (CommitCounter.Read(path) is > 0)
            {
                throw Refuse(path, $"the database is missing but {CommitCounter.PathOf(path)} says it held acknowledged writes");
            }

            return;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var problems = QuickCheck(connection);
            if (problems.Count > 0)
            {
                throw Refuse(path, "SQLite's quick_check found damage: " + string.Join("; ", problems.Take(5)));
            }

            if (RowChecksums.FirstDamaged(connection) is { } damaged)
            {
                throw Refuse(path, $"the stored state of {damaged} does not match its checksum");
            }

            var committed = CommitCounter.InDatabase(connection);
            if (CommitCounter.Read(path) is { } acknowledged && committed < acknowledged)
            {
                throw Refuse(path, $"it holds {committed} commits but {acknowledged} were acknowledged: its write-ahead log ({path}-wal) was lost");
            }
        }
        catch (SqliteException exception)
        {
            throw Refuse(path, $"SQLite cannot read it ({exception.Message})");
        }
    }

    /// <summary>The refusal for <paramref name="path"/>: what was found, and the way back.</summary>
    public static StorageDamagedException Refuse(string path, string finding) => new(
        $"The grain database {path} cannot be used: {finding}. Nothing was changed. To recover: (1) if the file's " +
        $"write-ahead log {Path.GetFileName(path)}-wal exists elsewhere (a copy made without it), put it back beside the " +
        "database and start again; (2) otherwise restore the data folder from its last backup; (3) to start on what the " +
        $"file holds and accept the loss, move {Path.GetFileName(CommitCounter.PathOf(path))} away (a lost log), or run " +
        $"sqlite3 {Path.GetFileName(path)} \".recover\" into a new file and put that in its place (damage). See " +
        "docs/deployment.md, \"When the host refuses to start\".");

    private static List<string> QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines is ["ok"] ? [] : lines;
    }
}
