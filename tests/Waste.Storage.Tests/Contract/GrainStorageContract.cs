using CsCheck;
using Orleans.Runtime;
using Orleans.Storage;
using Waste.Grains;
using Waste.Grains.Alerts;
using Waste.Grains.Bins;
using Waste.Grains.Devices;
using Waste.Grains.Toilets;
using Waste.Grains.Zones;
using Waste.Storage.Tests.Backends;
using Waste.Telemetry;

namespace Waste.Storage.Tests.Contract;

/// <summary>
/// What every grain store must do, whatever holds the data. Each backend runs all of it through a subclass, against
/// a real server and a real silo (<see cref="StorageBackend"/>). The contract is Orleans': a read of nothing finds no
/// record; a write returns a new ETag; a write or clear with a stale ETag fails with
/// <see cref="InconsistentStateException"/> and changes nothing; and nothing acknowledged is lost.
/// </summary>
public abstract class GrainStorageContract(StorageBackend backend)
{
    private const string StateName = "state";

    protected StorageBackend Backend { get; } = backend;

    private IGrainStorage Storage => Backend.Storage;

    private static GrainId NewGrain() => GrainId.Create("bin", $"bin-{Guid.NewGuid():N}");

    private static TestGrainState<ContractState> Written(string name) => new(new ContractState { Name = name });

    private async Task<TestGrainState<ContractState>> ReadAsync(GrainId grain, string stateName = StateName)
    {
        var state = new TestGrainState<ContractState>(new ContractState());
        await Storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    [Fact]
    public async Task Reading_a_grain_never_written_finds_no_record()
    {
        var read = await ReadAsync(NewGrain());

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task What_is_written_reads_back_with_its_etag()
    {
        var grain = NewGrain();
        var written = Written("bin-0001");
        written.State.Values = [1, 2, 3];
        written.State.Count(41);
        written.State.LastSeen = new DateTimeOffset(2026, 11, 26, 7, 30, 15, 123, TimeSpan.FromHours(7));
        written.State.Readings = new() { ["fill"] = 72.5, ["temperature"] = -3.25, ["unmeasured"] = double.NaN };

        await Storage.WriteStateAsync(StateName, grain, written);
        var read = await ReadAsync(grain);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("bin-0001", read.State.Name);
        Assert.Equal([1, 2, 3], read.State.Values);
        Assert.Equal(41, read.State.Counted);
        Assert.Equal(written.State.LastSeen, read.State.LastSeen);
        Assert.Equal(written.State.LastSeen!.Value.Offset, read.State.LastSeen!.Value.Offset);
        Assert.Equal(written.State.Readings, read.State.Readings);
    }

    [Fact]
    public async Task A_rewrite_replaces_the_state_under_a_new_etag()
    {
        var grain = NewGrain();
        var state = Written("first");
        await Storage.WriteStateAsync(StateName, grain, state);
        var firstETag = state.ETag;

        state.State.Name = "second";
        await Storage.WriteStateAsync(StateName, grain, state);
        var read = await ReadAsync(grain);

        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal("second", read.State.Name);
    }

    [Fact]
    public async Task A_stale_write_fails_and_leaves_the_stored_state_alone()
    {
        var grain = NewGrain();
        var first = Written("first");
        await Storage.WriteStateAsync(StateName, grain, first);
        var stale = new TestGrainState<ContractState>(new ContractState { Name = "stale" }) { ETag = first.ETag };
        first.State.Name = "second";
        await Storage.WriteStateAsync(StateName, grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, stale));

        var read = await ReadAsync(grain);
        Assert.Equal("second", read.State.Name);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_that_believes_the_grain_new_fails_when_a_record_exists()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, Written("first"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, Written("blind")));

        Assert.Equal("first", (await ReadAsync(grain)).State.Name);
    }

    [Fact]
    public async Task A_write_with_an_etag_the_store_never_issued_fails()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, Written("first"));

        foreach (var foreign in new[] { "999", "not-an-etag", "\"quoted\"", "99999999999999999999999", "" })
        {
            var forged = new TestGrainState<ContractState>(new ContractState { Name = "forged" }) { ETag = foreign };
            await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, forged));
        }

        Assert.Equal("first", (await ReadAsync(grain)).State.Name);
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var grain = NewGrain();
        var first = Written("first");
        await Storage.WriteStateAsync(StateName, grain, first);
        var rivals = Enumerable.Range(0, 16)
            .Select(i => new TestGrainState<ContractState>(new ContractState { Name = $"rival-{i}" }) { ETag = first.ETag })
            .ToArray();

        var outcomes = await Task.WhenAll(rivals.Select(async rival =>
        {
            try
            {
                await Storage.WriteStateAsync(StateName, grain, rival);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        var winner = Assert.Single(rivals.Where((_, i) => outcomes[i]));
        var read = await ReadAsync(grain);
        Assert.Equal(winner.State.Name, read.State.Name);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_deletes_the_record_and_the_grain_can_start_again()
    {
        var grain = NewGrain();
        var state = Written("x");
        await Storage.WriteStateAsync(StateName, grain, state);

        await Storage.ClearStateAsync(StateName, grain, state);
        var afterClear = await ReadAsync(grain);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.False(afterClear.RecordExists);
        Assert.Null(afterClear.ETag);

        state.State.Name = "again";
        await Storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("again", (await ReadAsync(grain)).State.Name);
    }

    [Fact]
    public async Task A_stale_clear_fails_and_leaves_the_state_alone()
    {
        var grain = NewGrain();
        var state = Written("kept");
        await Storage.WriteStateAsync(StateName, grain, state);
        var staleETag = state.ETag;
        await Storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearStateAsync(StateName, grain, new TestGrainState<ContractState>(new ContractState()) { ETag = staleETag }));

        var read = await ReadAsync(grain);
        Assert.True(read.RecordExists);
        Assert.Equal("kept", read.State.Name);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_a_grain_never_written_leaves_nothing_behind()
    {
        var grain = NewGrain();
        var state = Written("never stored");

        await Storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.False((await ReadAsync(grain)).RecordExists);
    }

    [Fact]
    public async Task A_clear_that_believes_the_grain_new_fails_when_a_record_exists()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, Written("kept"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, Written("blind")));

        Assert.Equal("kept", (await ReadAsync(grain)).State.Name);
    }

    [Fact]
    public async Task A_write_with_the_etag_of_a_cleared_record_fails()
    {
        var grain = NewGrain();
        var state = Written("x");
        await Storage.WriteStateAsync(StateName, grain, state);
        var beforeClear = new TestGrainState<ContractState>(new ContractState { Name = "late" }) { ETag = state.ETag };
        await Storage.ClearStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, beforeClear));

        Assert.False((await ReadAsync(grain)).RecordExists);
    }

    [Fact]
    public async Task State_names_and_grain_types_keep_records_apart()
    {
        var key = $"bin-{Guid.NewGuid():N}";
        var bin = GrainId.Create("bin", key);
        var toilet = GrainId.Create("toilet", key);
        await Storage.WriteStateAsync("one", bin, Written("bin one"));
        await Storage.WriteStateAsync("two", bin, Written("bin two"));
        await Storage.WriteStateAsync("one", toilet, Written("toilet one"));

        Assert.Equal("bin one", (await ReadAsync(bin, "one")).State.Name);
        Assert.Equal("bin two", (await ReadAsync(bin, "two")).State.Name);
        Assert.Equal("toilet one", (await ReadAsync(toilet, "one")).State.Name);
        Assert.False((await ReadAsync(toilet, "two")).RecordExists);
    }

    [Fact]
    public async Task Grain_keys_with_characters_stores_treat_specially_round_trip()
    {
        var prefix = Guid.NewGuid().ToString("N");
        string[] keys = ["a/b", "a\\b", "a?b", "a#b", "a~2Fb", "a|b", "a%2Fb", "a b", "a+b", "a\tb", "thùng-rác/Bình Dương", "🗑️", "a'b\"c", "a/../b"];
        foreach (var key in keys)
        {
            await Storage.WriteStateAsync(StateName, GrainId.Create("bin", prefix + key), Written(key));
        }

        foreach (var key in keys)
        {
            Assert.Equal(key, (await ReadAsync(GrainId.Create("bin", prefix + key))).State.Name);
        }
    }

    [Fact]
    public async Task Any_device_id_as_grain_key_round_trips()
    {
        // Device ids come from outside (registration, then every message), so the keys here are arbitrary text.
        await Gen.String[1, 64].SampleAsync(async key =>
        {
            var grain = GrainId.Create("bin", key + Guid.NewGuid().ToString("N"));
            var state = Written(key);
            await Storage.WriteStateAsync(StateName, grain, state);
            var read = await ReadAsync(grain);
            Assert.Equal(key, read.State.Name);
            Assert.Equal(state.ETag, read.ETag);
        }, iter: 100);
    }

    [Fact]
    public async Task Thousands_of_grains_writing_at_once_each_keep_their_own_state_across_a_restart()
    {
        var prefix = Guid.NewGuid().ToString("N");
        var grains = Enumerable.Range(0, 2000).Select(i => GrainId.Create("bin", $"{prefix}-{i}")).ToArray();
        var states = grains.Select((_, i) => Written($"g{i}")).ToArray();

        for (var round = 1; round <= 3; round++)
        {
            await Task.WhenAll(states.Select((state, i) =>
            {
                state.State.Values = [i, round];
                return Storage.WriteStateAsync(StateName, grains[i], state);
            }));
        }

        await Backend.RestartSiloAsync();
        var reads = await Task.WhenAll(grains.Select(grain => ReadAsync(grain)));
        for (var i = 0; i < grains.Length; i++)
        {
            Assert.Equal($"g{i}", reads[i].State.Name);
            Assert.Equal([i, 3], reads[i].State.Values);
            Assert.Equal(states[i].ETag, reads[i].ETag);
        }
    }

    [Fact]
    public async Task A_large_state_round_trips()
    {
        var grain = NewGrain();
        var payload = new byte[Backend.LargeStateBytes];
        new Random(8).NextBytes(payload);
        var state = Written("large");
        state.State.Payload = payload;

        await Storage.WriteStateAsync(StateName, grain, state);
        var read = await ReadAsync(grain);

        Assert.Equal(payload, read.State.Payload);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Theory]
    [MemberData(nameof(PersistedGrainStates.Names), MemberType = typeof(PersistedGrainStates))]
    public Task Every_state_a_grain_persists_round_trips_whole(string stateName) => stateName switch
    {
        nameof(BinState) => RoundTripsAsync(PersistedGrainStates.Bin()),
        nameof(ToiletState) => RoundTripsAsync(PersistedGrainStates.Toilet()),
        nameof(ZoneState) => RoundTripsAsync(PersistedGrainStates.Zone()),
        nameof(ZoneRatesState) => RoundTripsAsync(PersistedGrainStates.ZoneRates()),
        nameof(AlertBoardState) => RoundTripsAsync(PersistedGrainStates.AlertBoard()),
        nameof(ResolvedAlertsState) => RoundTripsAsync(PersistedGrainStates.ResolvedAlerts()),
        nameof(DeviceTwinState) => RoundTripsAsync(PersistedGrainStates.Twin()),
        nameof(DeviceSessionState) => RoundTripsAsync(PersistedGrainStates.Session()),
        nameof(SilenceWatchState) => RoundTripsAsync(PersistedGrainStates.SilenceWatch()),
        _ => throw new ArgumentOutOfRangeException(nameof(stateName)),
    };

    private async Task RoundTripsAsync<T>(T written)
        where T : class, new()
    {
        var grain = NewGrain();

        await Storage.WriteStateAsync(StateName, grain, new TestGrainState<T>(written));
        var read = new TestGrainState<T>(new T());
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        StateEquivalence.AssertEquivalent(written, read.State);
    }
}
