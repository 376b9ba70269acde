using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace Waste.Storage.Sqlite;

/// <summary>
/// Orleans grain storage in a single SQLite file, in WAL mode with full synchronisation. Reads go straight to the
/// file; writes queue for one writer that commits them in groups, so under load one fsync serves many grains. A write
/// completes only after the transaction holding it has committed. Each row carries a version; a write whose ETag is
/// not the stored version fails with <see cref="InconsistentStateException"/> and leaves the row alone. Each row
/// carries a checksum of its state, checked when read (<see cref="RowChecksums"/>); each commit counts itself in the
/// database and then in a file beside it (<see cref="CommitCounter"/>), so a start on a damaged file or one that lost
/// its write-ahead log is refused (<see cref="SqliteStartCheck"/>, which the host runs before it opens the store).
/// The file is created readable by its owner only.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, IAsyncDisposable
{
    private readonly string _name;
    private readonly SqliteGrainStorageOptions _options;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly string _path;
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _commits;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly Task _writer;
    private static readonly System.Diagnostics.Metrics.Meter Meter = new(MeterName);
    private static readonly System.Diagnostics.Metrics.Histogram<int> CommitSize =
        Meter.CreateHistogram<int>("waste.storage.sqlite.commit.writes", "{write}", "Writes per group commit");

    /// <summary>The meter the store reports its group commits on.</summary>
    public const string MeterName = "Waste.Storage.Sqlite";

    /// <summary>Versions start at 1, so no row ever has this one.</summary>
    private const long UnissuedVersion = -1;

    /// <summary>Opens (creating if needed) the database and starts the writer.</summary>
    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IGrainStorageSerializer serializer, ILogger<SqliteGrainStorage> logger)
    {
        _name = name;
        _options = options;
        _serializer = serializer;
        _logger = logger;
        var path = Path.GetFullPath(options.DatabasePath);
        _path = path;
        CreateOwnerOnly(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        var writerConnection = Open(_connectionString);
        Execute(writerConnection, $"PRAGMA cache_size = -{options.WriterCacheMegabytes * 1024};");
        Execute(writerConnection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS grain_state (
                state_name TEXT NOT NULL,
                grain_id   TEXT NOT NULL,
                version    INTEGER NOT NULL,
                data       BLOB NOT NULL,
                PRIMARY KEY (state_name, grain_id)
            ) WITHOUT ROWID;
            """);
        RowChecksums.Create(writerConnection);
        CommitCounter.Create(writerConnection);
        CreateOwnerOnly(CommitCounter.PathOf(path));
        _commits = File.OpenHandle(CommitCounter.PathOf(path), FileMode.Open, FileAccess.Write);
        WriteCommits(CommitCounter.InDatabase(writerConnection));
        _writer = Task.Run(() => WriteLoopAsync(writerConnection));
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = Open(_connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, data, checksum FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var data = reader.GetFieldValue<byte[]>(1);
        if (!RowChecksums.Match(data, reader.IsDBNull(2) ? null : reader.GetInt64(2)))
        {
            throw SqliteStartCheck.DamagedRow(_path, stateName, grainId.ToString());
        }

        grainState.State = _serializer.Deserialize<T>(new BinaryData(data));
        grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var data = _serializer.Serialize(grainState.State).ToArray();
        var version = await Enqueue(new PendingWrite(stateName, grainId.ToString(), ExpectedVersion(grainState.ETag), data));
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Enqueue(new PendingWrite(stateName, grainId.ToString(), ExpectedVersion(grainState.ETag), null));
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Stops taking writes, commits what is queued, and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writer;
        _commits.Dispose();
    }

    private Task<long> Enqueue(PendingWrite write)
    {
        if (!_writes.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteGrainStorage), $"grain storage '{_name}' is shut down");
        }

        return write.Completion.Task;
    }

    /// <summary>The version an ETag names. An ETag this store never issued (another store's, or garbage) names
    /// <see cref="UnissuedVersion"/>, which no row has, so the write fails as stale instead of with a parse error.</summary>
    private static long? ExpectedVersion(string? etag) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : UnissuedVersion;

    private async Task WriteLoopAsync(SqliteConnection connection)
    {
        await using (connection)
        {
            using var statements = new StateWriteStatements(connection);
            var batch = new List<PendingWrite>(_options.MaxWritesPerCommit);
            while (await _writes.Reader.WaitToReadAsync())
            {
                while (batch.Count < _options.MaxWritesPerCommit && _writes.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                Commit(connection, statements, batch);
                batch.Clear();
            }
        }
    }

    private void Commit(SqliteConnection connection, StateWriteStatements statements, List<PendingWrite> batch)
    {
        var outcomes = new (long Version, Exception? Conflict)[batch.Count];
        long commits;
        try
        {
            using var transaction = connection.BeginTransaction();
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = statements.Apply(transaction, batch[i]);
            }

            commits = CommitCounter.Increment(connection, transaction);
            transaction.Commit();
            CommitSize.Record(batch.Count, new KeyValuePair<string, object?>("store", _name));
        }
        catch (Exception exception)
        {
            LogCommitFailed(exception, _name, batch.Count);
            foreach (var write in batch)
            {
                write.Completion.TrySetException(exception);
            }

            return;
        }

        WriteCommits(commits);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Conflict is { } conflict)
            {
                batch[i].Completion.TrySetException(conflict);
            }
            else
            {
                batch[i].Completion.TrySetResult(outcomes[i].Version);
            }
        }
    }

    // After the commit is durable: the file never counts more than the database holds. Fixed width, so it is rewritten
    // in place without truncating. A count that could not be written only weakens the start check: the commit stands.
    private void WriteCommits(long commits)
    {
        try
        {
            RandomAccess.Write(_commits, System.Text.Encoding.ASCII.GetBytes(commits.ToString("D20", CultureInfo.InvariantCulture) + "\n"), 0);
        }
        catch (IOException exception)
        {
            LogCommitsNotCounted(exception, CommitCounter.PathOf(_path));
        }
    }

    // The database and its counter hold every device's state: readable by the host's user only, and their folder too
    // when the store makes it (SQLite gives the -wal and -shm files the database's permissions).
    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        new FileStream(path, options).Dispose();
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 10000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain storage: the commit count could not be written to {Path}; the commits stand, the start check counts fewer")]
    private partial void LogCommitsNotCounted(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grain storage {Name}: commit of {Count} writes failed; each caller gets the error")]
    private partial void LogCommitFailed(Exception exception, string name, int count);
}
