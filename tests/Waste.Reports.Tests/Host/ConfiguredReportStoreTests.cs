using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Waste.Host;
using Waste.Reports.Cosmos;
using Waste.Reports.Documents;
using Waste.Reports.Sqlite;

namespace Waste.Reports.Tests.Host;

public sealed class ConfiguredReportStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-reports-config-").FullName;

    private ServiceProvider Register(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddConfiguredReportStore(configuration, Path.Combine(_directory, "reports.db")).BuildServiceProvider();
    }

    private static IDocumentStore StoreOf(ServiceProvider services) =>
        services.GetRequiredKeyedService<IDocumentStore>(ConfiguredReportStore.Section);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void An_unknown_provider_stops_the_host_with_the_reason()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Register(("Reports:Provider", "Mongo")));

        Assert.Contains("Reports:Provider is 'Mongo'; it must be Sqlite or Cosmos", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cosmos_without_a_connection_string_stops_the_host_with_the_reason()
    {
        Assert.Throws<InvalidOperationException>(() => Register(("Reports:Provider", "cosmos")));
        Assert.Throws<InvalidOperationException>(() => Register(("Storage:Provider", "Cosmos")));
    }

    [Fact]
    public void Reports_follow_a_cosmos_grain_store_and_otherwise_go_to_sqlite()
    {
        using var redis = Register(("Storage:Provider", "Redis"));
        using var cosmos = Register(("Storage:Provider", "Cosmos"), ("Storage:Cosmos:ConnectionString", "AccountEndpoint=https://127.0.0.1:8081/;AccountKey=a2V5;"));
        using var chosen = Register(("Storage:Provider", "Cosmos"), ("Reports:Provider", "Sqlite"));

        Assert.IsType<SqliteDocumentStore>(StoreOf(redis));
        Assert.IsType<CosmosDocumentStore>(StoreOf(cosmos));
        Assert.IsType<SqliteDocumentStore>(StoreOf(chosen));
    }
}
