using Waste.Host;

namespace Waste.Cluster.Tests;

/// <summary>Incomplete or wrong clustering settings stop the host at once with the reason, before anything starts.</summary>
public sealed class ConfiguredClusteringTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("waste-cluster-settings-").FullName;

    [Theory]
    [InlineData("Redis", "Cluster:Redis:ConnectionString is not set")]
    [InlineData("AzureStorage", "Cluster:AzureStorage:ConnectionString is not set")]
    [InlineData("Consul", "Cluster:Provider is 'Consul'; it must be Localhost, Redis or AzureStorage")]
    public void A_provider_without_its_connection_string_or_an_unknown_one_is_refused_with_the_reason(string provider, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create($"--Cluster:Provider={provider}"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_silo_on_a_shared_membership_table_must_say_where_the_others_reach_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create("--Cluster:Provider=Redis", "--Cluster:Redis:ConnectionString=127.0.0.1:1"));
        Assert.Contains("set Silo:AdvertisedAddress", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private void Create(params string[] settings) => WasteHost.Create([$"--Storage:DataDirectory={_dataDirectory}", .. settings]);
}
