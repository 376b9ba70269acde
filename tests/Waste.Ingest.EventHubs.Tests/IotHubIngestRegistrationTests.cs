using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Ingest.EventHubs.Tests;

public sealed class IotHubIngestRegistrationTests : IDisposable
{
    private const string Endpoint =
        "Endpoint=sb://ihsuprodsgres001dednamespace.servicebus.windows.net/;SharedAccessKeyName=service;SharedAccessKey=c2VjcmV0;EntityPath=iothub-ehub-binhduong-1234567-abcdef0123";

    private readonly string _directory = Directory.CreateTempSubdirectory("waste-iothub-registration-").FullName;

    private ServiceProvider Register(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{IotHubIngestOptions.Section}:{s.Key}", (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddMetrics();
        services.AddKeyedSingleton(EventTime.ServiceKey, TimeProvider.System);
        services.AddSingleton<IDeviceRegistry>(new JsonFileDeviceRegistry(Path.Combine(_directory, "devices.json"), RegistryKeyProtection.ForDataDirectory(_directory)));
        services.AddSingleton<ITelemetryIngest, StoredTelemetry>();
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<TelemetryPipeline>();
        return services.AddAzureIotHubIngest(configuration, Path.Combine(_directory, "ingest-checkpoints.db")).BuildServiceProvider();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void The_processor_reads_the_hub_and_consumer_group_the_configuration_names_and_runs_as_a_hosted_service()
    {
        using var services = Register(("ConnectionString", Endpoint), ("ConsumerGroup", "cloud"));

        var processor = services.GetRequiredService<IotHubEventProcessor>();

        Assert.Equal("iothub-ehub-binhduong-1234567-abcdef0123", processor.EventHubName);
        Assert.Equal("cloud", processor.ConsumerGroup);
        Assert.Equal("ihsuprodsgres001dednamespace.servicebus.windows.net", processor.FullyQualifiedNamespace);
        Assert.IsType<IotHubIngestService>(Assert.Single(services.GetServices<IHostedService>()));
    }

    [Fact]
    public void Without_a_connection_string_the_host_stops_with_the_reason()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Register(("ConsumerGroup", "cloud")));

        Assert.Contains("Hub:AzureIotHub:ConnectionString is not set", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Blob", "it must be Sqlite or Cosmos")]
    [InlineData("Cosmos", "CheckpointCosmos:ConnectionString is not set")]
    public void An_unusable_checkpoint_store_stops_the_host_with_the_reason(string store, string reason)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Register(("ConnectionString", Endpoint), ("CheckpointStore", store)));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }
}
