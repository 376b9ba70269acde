using System.Globalization;
using Microsoft.Data.Sqlite;
using Waste.Registry;
using Waste.Reports.Documents;

namespace Waste.Reports.Sqlite;

/// <summary>
/// Documents in one SQLite file (WAL, full synchronisation: a write returns once it is on disk). Each row has a
/// version, which is its ETag; a replace names the version it read and changes nothing when the row moved on. Several
/// processes on one machine may share the file.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;

    /// <summary>Opens the database at <paramref name="path"/>, creating the file and its table when missing.</summary>
    public SqliteDocumentStore(string path)
    {
        var fullPath = Path.GetFullPath(path);
        OwnerOnly.Folder(Path.GetDirectoryName(fullPath)!);
        OwnerOnly.EmptyFile(fullPath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = fullPath, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS documents (
                partition TEXT NOT NULL,
                id        TEXT NOT NULL,
                version   INTEGER NOT NULL,
                json      BLOB NOT NULL,
                PRIMARY KEY (partition, id)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async Task<StoredDocument?> ReadAsync(DocumentKey key, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = Command(connection, "SELECT version, json FROM documents WHERE partition = $partition AND id = $id", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredDocument(reader.GetFieldValue<byte[]>(1), ETagOf(reader.GetInt64(0)))
            : null;
    }

    /// <inheritdoc />
    public async Task<string?> CreateAsync(DocumentKey key, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        DocumentJson.Check(key, json);
        await using var connection = Open();
        await using var command = Command(connection,
            "INSERT INTO documents (partition, id, version, json) VALUES ($partition, $id, 1, $json) ON CONFLICT DO NOTHING", key);
        command.Parameters.AddWithValue("$json", json.ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? ETagOf(1) : null;
    }

    /// <inheritdoc />
    public async Task<string?> ReplaceAsync(DocumentKey key, ReadOnlyMemory<byte> json, string etag, CancellationToken cancellationToken)
    {
        DocumentJson.Check(key, json);
        if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        await using var connection = Open();
        await using var command = Command(connection,
            "UPDATE documents SET version = version + 1, json = $json WHERE partition = $partition AND id = $id AND version = $version", key);
        command.Parameters.AddWithValue("$json", json.ToArray());
        command.Parameters.AddWithValue("$version", version);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? ETagOf(version + 1) : null;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // synchronous is a setting of the connection, not of the file.
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";
        command.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, DocumentKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$partition", key.Partition);
        command.Parameters.AddWithValue("$id", key.Id);
        return command;
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);
}
