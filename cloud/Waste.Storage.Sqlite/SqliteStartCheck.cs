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
                throw LostCommits(path, $"the database is missing but {Path.GetFileName(CommitCounter.PathOf(path))} beside it says it held acknowledged writes");
            }

            return;
        }

        // Read-only, so that closing it does not checkpoint the write-ahead log into the file: the check changes nothing,
        // and a log that is there stays there for the store to open.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var problems = QuickCheck(connection);
            if (problems.Count > 0)
            {
                throw Damaged(path, "SQLite's quick_check found damage: " + string.Join("; ", problems.Take(5)));
            }

            if (RowChecksums.FirstDamaged(connection) is { } damaged)
            {
                throw DamagedRow(path, damaged.StateName, damaged.GrainId);
            }

            var committed = CommitCounter.InDatabase(connection);
            if (CommitCounter.Read(path) is { } acknowledged && committed < acknowledged)
            {
                throw LostCommits(path, $"it holds {committed} commits but {acknowledged} were acknowledged: its write-ahead log {Path.GetFileName(path)}-wal was lost");
            }
        }
        catch (SqliteException exception)
        {
            throw Damaged(path, $"SQLite cannot read it ({exception.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The refusal of a database that holds fewer commits than it acknowledged: the way back starts from its lost
    /// write-ahead log.</summary>
    public static StorageDamagedException LostCommits(string path, string finding) => new(path, finding,
        $"To recover: (1) if the write-ahead log {Path.GetFileName(path)}-wal exists elsewhere (the folder a copy was made " +
        "from), stop the host, put it back beside the database and start again; (2) otherwise restore the data folder's last " +
        $"backup; (3) or accept the loss and start on what the file holds: move {Path.GetFileName(CommitCounter.PathOf(path))} away.");

    /// <summary>The refusal of a database whose pages SQLite finds damaged or cannot read: the way back is a backup,
    /// or a new file from what SQLite can still read.</summary>
    public static StorageDamagedException Damaged(string path, string finding) => new(path, finding,
        "To recover: (1) restore the data folder's last backup; (2) or accept the loss: stop the host and rebuild the file " +
        $"from the rows SQLite can still read (sqlite3 {Path.GetFileName(path)} .dump into a new file: the guide gives the commands).");

    /// <summary>The refusal of one stored state whose bytes do not match their checksum: the way back is a backup, or
    /// that state dropped (its grain starts anew).</summary>
    public static StorageDamagedException DamagedRow(string path, string stateName, string grainId) => new(path,
        $"the stored state '{stateName}' of {grainId} does not match its checksum",
        "To recover: (1) restore the data folder's last backup; (2) or accept the loss of this state (the grain starts anew): " +
        $"stop the host and run sqlite3 {Path.GetFileName(path)} \"DELETE FROM grain_state WHERE state_name = {Literal(stateName)} AND grain_id = {Literal(grainId)}\".");

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

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
