using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Waste.Storage.Sqlite;

/// <summary>
/// A checksum of each stored state, written with it and checked when it is read and at start: damage inside a
/// state's bytes (a page overwritten, a bit flipped) passes SQLite's structural checks and would otherwise surface as
/// a grain that cannot deserialize. The first 8 bytes of the SHA-256 of the bytes (the framework's, hardware
/// accelerated). Rows written before checksums existed have none and are not checked until rewritten.
/// </summary>
public static class RowChecksums
{
    /// <summary>Adds the checksum column to a table made before it existed.</summary>
    public static void Create(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('grain_state') WHERE name = 'checksum'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            command.CommandText = "ALTER TABLE grain_state ADD COLUMN checksum INTEGER";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static long Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        return BitConverter.ToInt64(hash);
    }

    /// <summary>True when <paramref name="data"/> matches <paramref name="stored"/> (or no checksum was stored).</summary>
    public static bool Match(ReadOnlySpan<byte> data, long? stored) => stored is not { } expected || Of(data) == expected;

    /// <summary>The first row whose state does not match its checksum, or null.</summary>
    public static (string StateName, string GrainId)? FirstDamaged(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'grain_state'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return null;
        }

        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('grain_state') WHERE name = 'checksum'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return null;
        }

        command.CommandText = "SELECT state_name, grain_id, data, checksum FROM grain_state";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!Match(reader.GetFieldValue<byte[]>(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)))
            {
                return (reader.GetString(0), reader.GetString(1));
            }
        }

        return null;
    }
}
