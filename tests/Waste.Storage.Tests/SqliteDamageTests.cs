using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Waste.Host;
using Waste.Storage.Sqlite;
using Waste.TestServers;

namespace Waste.Storage.Tests;

/// <summary>On real database files: a copy without its write-ahead log, a damaged last page and a damaged state's
/// bytes each stop the host at start with the file's name and the way back, and each way back docs/deployment.md gives
/// (the log put back, a backup restored, a state dropped, the file rebuilt with sqlite3) starts again; a damaged row
/// met while running is refused by name; a database from before the check passes it.</summary>
public sealed partial class SqliteDamageTests : IDisposable
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
    private readonly string _folder = Directory.CreateTempSubdirectory("waste-damage-").FullName;
    private readonly string _copy = Directory.CreateTempSubdirectory("waste-damage-copy-").FullName;

    private string Database => Path.Combine(_folder, "grains.db");

    [Fact]
    public async Task A_copy_without_its_write_ahead_log_is_refused_at_start_and_each_way_back_starts()
    {
        var store = Open(_folder);
        await WriteAsync(store, 50);
        // Three copies of the running store's folder, each then without its log; and the guide's backup.
        var copies = new[] { "log-back", "backup", "loss" }.Select(name => Directory.CreateDirectory(Path.Combine(_copy, name)).FullName).ToList();
        copies.ForEach(copy => CopyFolder(_folder, copy));
        await Sqlite3Async(_folder, $"sqlite3 grains.db \".backup '{Path.Combine(_copy, "backup.db")}'\"");
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var (logBack, backup, loss) = (copies[0], copies[1], copies[2]);
        Assert.True(File.Exists(Path.Combine(logBack, "grains.db-wal")), "the running store's commits are in its log");
        SqliteStartCheck.Run(Path.Combine(logBack, "grains.db"));
        copies.ForEach(copy => File.Move(Path.Combine(copy, "grains.db-wal"), Path.Combine(copy, "kept-wal")));
        var copied = Path.Combine(loss, "grains.db");

        var refused = Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(copied));
        var host = Assert.Throws<StorageDamagedException>(() => WasteHost.Create([$"--Storage:DataDirectory={loss}"]));

        Assert.Contains(copied, refused.Message, StringComparison.Ordinal);
        Assert.Contains("write-ahead log grains.db-wal was lost", refused.Message, StringComparison.Ordinal);
        Assert.Contains("docs/deployment.md", refused.Message, StringComparison.Ordinal);
        Assert.Equal(refused.Message, host.Message);

        // (1) The log put back.
        File.Move(Path.Combine(logBack, "kept-wal"), Path.Combine(logBack, "grains.db-wal"));
        Assert.Equal(50, await CountAsync(logBack));

        // (2) The backup restored as the guide says.
        Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(Path.Combine(backup, "grains.db")));
        foreach (var file in new[] { "grains.db", "grains.db-shm", "grains.db.commits" })
        {
            File.Delete(Path.Combine(backup, file));
        }

        File.Copy(Path.Combine(_copy, "backup.db"), Path.Combine(backup, "grains.db"));
        Assert.Equal(50, await CountAsync(backup));

        // (3) The loss accepted: the counter moved away, the host starts on what the file holds.
        File.Move(CommitCounter.PathOf(copied), Path.Combine(_copy, "moved.commits"));
        await WasteHost.Create([$"--Storage:DataDirectory={loss}"]).DisposeAsync();
    }

    [Fact]
    public async Task A_damaged_last_page_after_a_clean_shutdown_is_refused_at_start_and_the_guides_rebuild_starts()
    {
        var store = Open(_folder);
        await WriteAsync(store, 200);
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        SqliteStartCheck.Run(Database);

        var bytes = File.ReadAllBytes(Database);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length - 4096));
        File.WriteAllBytes(Database, bytes);

        var refused = Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(Database));
        var host = Assert.Throws<StorageDamagedException>(() => WasteHost.Create([$"--Storage:DataDirectory={_folder}"]));
        Assert.Contains(Database, refused.Message, StringComparison.Ordinal);
        Assert.Contains("SQLite cannot read it (SQLite Error 11: 'database disk image is malformed')", refused.Message, StringComparison.Ordinal);
        Assert.Equal(refused.Message, host.Message);

        await Sqlite3Async(_folder, GuideBlock("Damaged pages"));

        SqliteStartCheck.Run(Database);
        var kept = await CountAsync(_folder);
        Assert.InRange(kept, 150, 199);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Database));
        }
    }

    [Fact]
    public async Task Damage_inside_a_states_bytes_is_refused_at_start_and_by_name_when_read_and_the_named_state_can_be_dropped()
    {
        var store = Open(_folder);
        await WriteAsync(store, 20);
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();

        // Every copy of the state's bytes: SQLite leaves stale copies in space it freed when pages split, and damage
        // there is no damage at all.
        var bytes = File.ReadAllBytes(Database);
        Assert.True(FlipEvery(bytes, Encoding.UTF8.GetBytes("state of bin-0007")) > 0);
        File.WriteAllBytes(Database, bytes);

        var refused = Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(Database));
        Assert.Equal("the stored state 'bin' of bin/bin-0007 does not match its checksum", refused.Finding);
        Assert.Contains(Database, refused.Message, StringComparison.Ordinal);
        var running = Open(_folder);
        var read = await Assert.ThrowsAsync<StorageDamagedException>(() => running.ReadStateAsync("bin", Grain(7), new GrainState<string>()));
        Assert.Equal(refused.Finding, read.Finding);
        var intact = new GrainState<string>();
        await running.ReadStateAsync("bin", Grain(8), intact);
        Assert.StartsWith("state of bin-0008", intact.State, StringComparison.Ordinal);
        await running.DisposeAsync();
        SqliteConnection.ClearAllPools();

        // The command the refusal gives.
        await Sqlite3Async(_folder, Command().Match(refused.Message).Value);

        SqliteStartCheck.Run(Database);
        Assert.Equal(19, await CountAsync(_folder));
    }

    [Fact]
    public async Task A_database_written_before_checksums_and_the_commit_counter_passes_the_check_and_loads()
    {
        // The layout and writes of the store before this change, copied with its log while it is open, as a stopped or
        // killed host leaves it (a pooled connection is never closed, so the log is not checkpointed).
        var serializer = new OrleansGrainStorageSerializer(Serializer);
        await using (var old = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString()))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                CREATE TABLE IF NOT EXISTS grain_state (
                    state_name TEXT NOT NULL,
                    grain_id   TEXT NOT NULL,
                    version    INTEGER NOT NULL,
                    data       BLOB NOT NULL,
                    PRIMARY KEY (state_name, grain_id)
                ) WITHOUT ROWID;
                """;
            command.ExecuteNonQuery();
            for (var i = 0; i < 20; i++)
            {
                command.CommandText = "INSERT INTO grain_state (state_name, grain_id, version, data) VALUES ('bin', $grain, 1, $data)";
                command.Parameters.Clear();
                command.Parameters.AddWithValue("$grain", Grain(i).ToString());
                command.Parameters.AddWithValue("$data", serializer.Serialize($"state of bin-{i:D4}").ToArray());
                command.ExecuteNonQuery();
            }

            foreach (var file in Directory.GetFiles(_folder))
            {
                File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
            }
        }

        var copied = Path.Combine(_copy, "grains.db");
        Assert.True(File.Exists(copied + "-wal"), "the old store's writes are in its log");
        Assert.False(File.Exists(CommitCounter.PathOf(copied)));
        SqliteStartCheck.Run(copied);
        Assert.True(File.Exists(copied + "-wal"), "the check leaves the log where it is");

        var store = Open(_copy);
        var states = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var state = new GrainState<string>();
            await store.ReadStateAsync("bin", Grain(i), state);
            Assert.Equal("1", state.ETag);
            states.Add(state.State ?? "none");
        }

        var rewritten = new GrainState<string>("state of bin-0003, rewritten") { ETag = "1" };
        await store.WriteStateAsync("bin", Grain(3), rewritten);
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"state of bin-{i:D4}"), states);
        Assert.Equal("2", rewritten.ETag);
        Assert.Equal(1, CommitCounter.Read(copied));
        SqliteStartCheck.Run(copied);
        await WasteHost.Create([$"--Storage:DataDirectory={_copy}"]).DisposeAsync();
        var reopened = Open(_copy);
        var read = new GrainState<string>();
        await reopened.ReadStateAsync("bin", Grain(3), read);
        await reopened.DisposeAsync();
        Assert.Equal("state of bin-0003, rewritten", read.State);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_copy, recursive: true);
    }

    private static SqliteGrainStorage Open(string folder) => new(
        "test", new SqliteGrainStorageOptions { DatabasePath = Path.Combine(folder, "grains.db") },
        new OrleansGrainStorageSerializer(Serializer), NullLogger<SqliteGrainStorage>.Instance);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    // The states the store in folder reads, after the start check passes.
    private static async Task<int> CountAsync(string folder)
    {
        SqliteStartCheck.Run(Path.Combine(folder, "grains.db"));
        var store = Open(folder);
        var found = 0;
        for (var i = 0; i < 200; i++)
        {
            var state = new GrainState<string>();
            await store.ReadStateAsync("bin", Grain(i), state);
            found += state.RecordExists && state.State!.StartsWith($"state of bin-{i:D4}", StringComparison.Ordinal) ? 1 : 0;
        }

        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        return found;
    }

    // The shell block under the guide's paragraph that starts with the bold title.
    private static string GuideBlock(string title)
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "deployment.md"));
        var paragraph = guide.IndexOf($"**{title}.**", StringComparison.Ordinal);
        Assert.True(paragraph >= 0, $"docs/deployment.md has no paragraph '{title}'");
        var start = guide.IndexOf("```sh\n", paragraph, StringComparison.Ordinal) + "```sh\n".Length;
        return guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];
    }

    // Runs an operator's commands in the data folder, with Debian's sqlite3 as the guide does.
    private static async Task Sqlite3Async(string folder, string script)
    {
        ExecutableLookup.Require("sqlite3", "sqlite3");
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script}\n{await output}\n{await error}");
    }

    [GeneratedRegex("sqlite3 grains.db \"DELETE [^\"]*\"")]
    private static partial Regex Command();

    // Flips a bit in every copy of marker; how many there were.
    private static int FlipEvery(byte[] bytes, byte[] marker)
    {
        var copies = 0;
        var from = 0;
        while (bytes.AsSpan(from).IndexOf(marker) is var at and >= 0)
        {
            bytes[from + at + 6] ^= 0x20;
            from += at + marker.Length;
            copies++;
        }

        return copies;
    }

    private static GrainId Grain(int i) => GrainId.Create("bin", $"bin-{i:D4}");

    private static async Task WriteAsync(SqliteGrainStorage store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.WriteStateAsync("bin", Grain(i), new GrainState<string>($"state of bin-{i:D4} " + new string('x', 300)));
        }
    }
}
