using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace Waste.Storage.Sqlite;

/// <summary>
/// The writer's statements on its own connection, compiled once and run for every write: a city's grains write tens
/// of thousands of times an hour, and a statement made afresh for each write was parsed and planned again each time.
/// Each applies one <see cref="PendingWrite"/> inside the group commit's transaction, guarded by the version the
/// write expects.
/// </summary>
internal sealed class StateWriteStatements : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _isAbsent;
    private readonly SqliteCommand _version;

    public StateWriteStatements(SqliteConnection connection)
    {
        _insert = Prepare(connection,
            "INSERT INTO grain_state (state_name, grain_id, version, data, checksum) VALUES ($state, $grain, 1, $data, $checksum) ON CONFLICT DO NOTHING",
            "$data", "$checksum");
        _update = Prepare(connection,
            "UPDATE grain_state SET version = version + 1, data = $data, checksum = $checksum WHERE state_name = $state AND grain_id = $grain AND version = $expected",
            "$data", "$checksum", "$expected");
        _delete = Prepare(connection, "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND version = $expected", "$expected");
        _isAbsent = Prepare(connection, "SELECT 1 - COUNT(*) FROM grain_state WHERE state_name = $state AND grain_id = $grain");
        _version = Prepare(connection, "SELECT version FROM grain_state WHERE state_name = $state AND grain_id = $grain");
    }

    /// <summary>Applies <paramref name="write"/> in <paramref name="transaction"/>: the row's new version (0 after a
    /// delete), or the conflict when the stored version is not the one the write expects.</summary>
    public (long Version, Exception? Conflict) Apply(SqliteTransaction transaction, PendingWrite write)
    {
        var expected = write.ExpectedVersion;
        if (write.IsDelete)
        {
            // Clearing state the grain believes absent succeeds only if it is still absent.
            var done = expected is { } v
                ? Run(_delete, transaction, write, ("$expected", v)).ExecuteNonQuery()
                : (long)Run(_isAbsent, transaction, write).ExecuteScalar()!;
            return done == 1 ? (0, null) : (0, Conflict(transaction, write));
        }

        var data = ("$data", (object)write.Data!);
        var checksum = ("$checksum", (object)RowChecksums.Of(write.Data));
        var changed = expected is { } version
            ? Run(_update, transaction, write, data, checksum, ("$expected", version)).ExecuteNonQuery()
            : Run(_insert, transaction, write, data, checksum).ExecuteNonQuery();
        return changed == 1 ? ((expected ?? 0) + 1, null) : (0, Conflict(transaction, write));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in new[] { _insert, _update, _delete, _isAbsent, _version })
        {
            command.Dispose();
        }
    }

    private InconsistentStateException Conflict(SqliteTransaction transaction, PendingWrite write)
    {
        var stored = Run(_version, transaction, write).ExecuteScalar() is long version ? version.ToString(CultureInfo.InvariantCulture) : null;
        return new InconsistentStateException(
            $"stale write to {write.StateName} of {write.GrainId}", stored ?? "none", write.ExpectedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none");
    }

    private static SqliteCommand Run(SqliteCommand command, SqliteTransaction transaction, PendingWrite write, params (string Name, object Value)[] values)
    {
        command.Transaction = transaction;
        command.Parameters["$state"].Value = write.StateName;
        command.Parameters["$grain"].Value = write.GrainId;
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }

        return command;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] more)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in (string[])["$state", "$grain", .. more])
        {
            command.Parameters.Add(name, SqliteTypeOf(name));
        }

        command.Prepare();
        return command;
    }

    private static SqliteType SqliteTypeOf(string parameter) => parameter switch
    {
        "$data" => SqliteType.Blob,
        "$checksum" or "$expected" => SqliteType.Integer,
        _ => SqliteType.Text,
    };
}
