using System.Net.Http.Json;
using System.Text.Json;
using Waste.Cluster.Tests.Silos;
using Waste.TestServers;

namespace Waste.Cluster.Tests;

/// <summary>Orleans' Azure Storage membership table, on Azurite's Table service: two silo processes form a cluster
/// and the survivor serves on when the other is stopped as a service manager stops it.</summary>
public sealed class AzureStorageClusteringTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();
    private readonly RedisServer _redis = new();
    private SiloCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_azurite.StartAsync(), _redis.StartAsync());
        _cluster = new SiloCluster(["silo-a", "silo-b"],
        [
            "--Cluster:Provider=AzureStorage",
            $"--Cluster:AzureStorage:ConnectionString={_azurite.ConnectionString}",
            "--Storage:Provider=Redis",
            $"--Storage:Redis:ConnectionString={_redis.ConnectionString}",
        ]);
        await _cluster.RegisterBinsAsync("azure", 8);
        await _cluster.StartAsync();
    }

    [Fact]
    public async Task Two_silos_form_a_cluster_on_Azure_Storage_and_the_survivor_serves_the_grains_of_a_stopped_one()
    {
        var (survivor, stopped) = (_cluster["silo-a"], _cluster["silo-b"]);
        // Written through the silo about to stop, so the twins' grains are active there.
        for (var i = 1; i <= 8; i++)
        {
            (await stopped.Http.PatchAsJsonAsync($"/api/devices/azure-{i:D4}/twin/desired", new { sample_period_s = 600 + i })).EnsureSuccessStatusCode();
        }

        await stopped.StopAsync();
        await _cluster.WaitForActiveAsync([survivor]);

        Assert.Contains(await SiloCluster.MembersAsync(survivor), m => m.Address.StartsWith(stopped.Endpoint + "@", StringComparison.Ordinal) && m.Status == "Dead");
        for (var i = 1; i <= 8; i++)
        {
            var twin = await survivor.Http.GetFromJsonAsync<JsonElement>($"/api/devices/azure-{i:D4}/twin");
            Assert.Equal(600 + i, twin.GetProperty("desired").GetProperty("sample_period_s").GetInt32());
        }
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
