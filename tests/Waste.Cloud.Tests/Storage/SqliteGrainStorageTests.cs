using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Waste.Storage.Sqlite;

namespace Waste.Cloud.Tests.Storage;

public sealed class SqliteGrainStorageTests : IAsyncLifetime
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-sqlite-").FullName;
    private SqliteGrainStorage _storage = null!;

    public Task InitializeAsync()
    {
        _storage = Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteGrainStorage Open() => new(
        "test",
        new SqliteGrainStorageOptions { DatabasePath = Path.Combine(_directory, "grains.db") },
        new OrleansGrainStorageSerializer(Serializer),
        NullLogger<SqliteGrainStorage>.Instance);

    private static GrainId Grain(string key) => GrainId.Create("bin", key);

    [Fact]
    public async Task Reading_a_grain_never_written_finds_no_record()
    {
        var state = new TestGrainState();

        await _storage.ReadStateAsync("s", Grain("a"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task What_is_written_reads_back_with_its_etag()
    {
        var written = new TestGrainState { State = new TestState { Name = "bin-0001", Values = [1, 2, 3] } };
        await _storage.WriteStateAsync("s", Grain("a"), written);

        var read = new TestGrainState();
        await _storage.ReadStateAsync("s", Grain("a"), read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("bin-0001", read.State.Name);
        Assert.Equal([1, 2, 3], read.State.Values);
    }

    [Fact]
    public async Task A_stale_write_fails_and_leaves_the_stored_state_alone()
    {
        var first = new TestGrainState { State = new TestState { Name = "first" } };
        await _storage.WriteStateAsync("s", Grain("a"), first);
        var stale = new TestGrainState { State = new TestState { Name = "stale" }, ETag = first.ETag };
        await _storage.WriteStateAsync("s", Grain("a"), first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("s", Grain("a"), stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("s", Grain("a"), new TestGrainState()));

        var read = new TestGrainState();
        await _storage.ReadStateAsync("s", Grain("a"), read);
        Assert.Equal("first", read.State.Name);
    }

    [Fact]
    public async Task Clearing_deletes_the_record_and_a_stale_clear_fails()
    {
        var state = new TestGrainState { State = new TestState { Name = "x" } };
        await _storage.WriteStateAsync("s", Grain("a"), state);
        var stale = new TestGrainState { ETag = "999" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync("s", Grain("a"), stale));
        await _storage.ClearStateAsync("s", Grain("a"), state);

        var read = new TestGrainState();
        await _storage.ReadStateAsync("s", Grain("a"), read);
        Assert.False(read.RecordExists);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Many_concurrent_writers_each_keep_their_own_state()
    {
        var states = Enumerable.Range(0, 2000).Select(i => new TestGrainState { State = new TestState { Name = $"g{i}" } }).ToArray();

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(states.Select((s, i) =>
            {
                s.State.Values = [round];
                return _storage.WriteStateAsync("s", Grain($"g{i}"), s);
            }));
        }

        await _storage.DisposeAsync();
        _storage = Open();
        for (var i = 0; i < states.Length; i += 97)
        {
            var read = new TestGrainState();
            await _storage.ReadStateAsync("s", Grain($"g{i}"), read);
            Assert.Equal($"g{i}", read.State.Name);
            Assert.Equal([2], read.State.Values);
            Assert.Equal(states[i].ETag, read.ETag);
        }
    }

    [Fact]
    public async Task A_large_state_round_trips()
    {
        var values = Enumerable.Range(0, 1_000_000).ToArray();
        await _storage.WriteStateAsync("s", Grain("big"), new TestGrainState { State = new TestState { Name = "big", Values = values } });

        var read = new TestGrainState();
        await _storage.ReadStateAsync("s", Grain("big"), read);

        Assert.Equal(values, read.State.Values);
    }

    [Fact]
    public async Task State_names_keep_grains_apart()
    {
        await _storage.WriteStateAsync("one", Grain("a"), new TestGrainState { State = new TestState { Name = "one" } });

        var other = new TestGrainState();
        await _storage.ReadStateAsync("two", Grain("a"), other);

        Assert.False(other.RecordExists);
    }

    private sealed class TestGrainState : IGrainState<TestState>
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public TestState State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}

[GenerateSerializer]
public sealed class TestState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public int[] Values { get; set; } = [];
}
