using Orleans.Runtime;
using Waste.Storage.Tests.Backends;
using Waste.Storage.Tests.Contract;

namespace Waste.Storage.Tests;

/// <summary>Redis with the configuration cloud/README.md asks for (append-only file, fsync before each reply).</summary>
public sealed class RedisServerCrashTests(RedisBackend backend) : IClassFixture<RedisBackend>
{
    [Fact]
    public async Task Every_acknowledged_write_survives_a_redis_crash()
    {
        var prefix = Guid.NewGuid().ToString("N");
        var grains = Enumerable.Range(0, 500).Select(i => GrainId.Create("bin", $"{prefix}-{i}")).ToArray();
        var states = grains.Select((_, i) => new TestGrainState<ContractState>(new ContractState { Name = $"g{i}", Values = [i] })).ToArray();
        await Task.WhenAll(grains.Select((grain, i) => backend.Storage.WriteStateAsync("state", grain, states[i])));

        await backend.CrashAndRestartServerAsync();

        foreach (var (grain, i) in grains.Select((grain, i) => (grain, i)))
        {
            var read = new TestGrainState<ContractState>(new ContractState());
            await backend.Storage.ReadStateAsync("state", grain, read);
            Assert.Equal([i], read.State.Values);
            Assert.Equal(states[i].ETag, read.ETag);
        }
    }
}
