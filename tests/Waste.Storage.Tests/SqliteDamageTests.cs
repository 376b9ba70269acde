using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Waste.Host;
using Waste.Storage.Sqlite;

namespace Waste.Storage.Tests;

/// <summary>On copies of a data folder: a lost write-ahead log, a damaged last page and a damaged state's bytes each
/// stop the host at start with the file's name and the way back; a damaged row met while running is refused by name;
/// the files are the owner's only.</summary>
public sealed class SqliteDamageTests : IDisposable
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
    private readonly string _folder = Directory.CreateTempSubdirectory("waste-damage-").FullName;
    private readonly string _copy = Directory.CreateTempSubdirectory("waste-damage-copy-").FullName;

    private string Database => Path.Combine(_folder, "grains.db");

    [Fact]
    public async Task A_copy_without_its_write_ahead_log_is_refused_at_start_and_the_host_does_not_start()
    {
        var store = Open(_folder);
        await WriteAsync(store, 50);
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }

        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var copied = Path.Combine(_copy, "grains.db");
        Assert.True(File.Exists(copied + "-wal"), "the running store's commits are in its log");
        SqliteStartCheck.Run(copied);
        File.Delete(copied + "-wal");

        var refused = Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(copied));
        var host = Assert.Throws<StorageDamagedException>(() => WasteHost.Create([$"--Storage:DataDirectory={_copy}"]));

        Assert.Contains(copied, refused.Message, StringComparison.Ordinal);
        Assert.Contains("write-ahead log", refused.Message, StringComparison.Ordinal);
        Assert.Contains("docs/deployment.md", refused.Message, StringComparison.Ordinal);
        Assert.Equal(refused.Message, host.Message);
    }

    [Fact]
    public async Task A_damaged_last_page_after_a_clean_shutdown_is_refused_at_start()
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
        Assert.Contains(Database, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damage_inside_a_states_bytes_is_refused_at_start_and_by_name_when_read()
    {
        var store = Open(_folder);
        await WriteAsync(store, 20);
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();

        var bytes = File.ReadAllBytes(Database);
        var marker = Encoding.UTF8.GetBytes("state of bin-0007");
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at > 0);
        bytes[at + 6] ^= 0x20;
        File.WriteAllBytes(Database, bytes);

        var refused = Assert.Throws<StorageDamagedException>(() => SqliteStartCheck.Run(Database));
        Assert.Contains("bin-0007", refused.Message, StringComparison.Ordinal);
        var running = Open(_folder);
        await Assert.ThrowsAsync<StorageDamagedException>(() => running.ReadStateAsync("bin", Grain(7), new GrainState<string>()));
        var intact = new GrainState<string>();
        await running.ReadStateAsync("bin", Grain(8), intact);
        Assert.StartsWith("state of bin-0008", intact.State, StringComparison.Ordinal);
        await running.DisposeAsync();
    }

    [Fact]
    public async Task The_data_folder_and_the_database_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no Unix modes; its folders inherit their ACLs.
            return;
        }

        var folder = Path.Combine(_copy, "new-data");
        var store = Open(folder);
        await WriteAsync(store, 1);
        await store.DisposeAsync();
        await WasteHost.Create([$"--Storage:DataDirectory={Path.Combine(_copy, "host-data")}"]).DisposeAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "grains.db")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "grains.db.commits")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_copy, "host-data")));
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

    private static GrainId Grain(int i) => GrainId.Create("bin", $"bin-{i:D4}");

    private static async Task WriteAsync(SqliteGrainStorage store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.WriteStateAsync("bin", Grain(i), new GrainState<string>($"state of bin-{i:D4} " + new string('x', 300)));
        }
    }
}
