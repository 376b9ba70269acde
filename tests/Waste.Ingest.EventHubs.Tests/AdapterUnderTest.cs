using Azure.Messaging.EventHubs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Ingest.EventHubs.Tests;

/// <summary>The adapter's batch ingest over the real telemetry pipeline and a real device registry file (bin-0001, a
/// bin; wc-0001, a toilet), its clock an hour after the sample events were enqueued.</summary>
internal sealed class AdapterUnderTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-iothub-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public AdapterUnderTest()
    {
        var registry = new JsonFileDeviceRegistry(Path.Combine(_directory, "devices.json"), RegistryKeyProtection.ForDataDirectory(_directory));
        registry.SaveAsync(
        [
            new RegisteredDevice { Id = "bin-0001", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", District = "Thủ Dầu Một" },
            new RegisteredDevice { Id = "wc-0001", Kind = DeviceKind.Toilet, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", District = "Thủ Dầu Một" },
        ]).GetAwaiter().GetResult();
        var meters = _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        HubMetrics = new HubMetrics(meters);
        Metrics = new IotHubIngestMetrics(meters);
        var pipeline = new TelemetryPipeline(registry, Stored, HubMetrics, Clock, NullLogger<TelemetryPipeline>.Instance);
        Ingest = new IotHubBatchIngest(pipeline, Metrics,
            Options.Create(new IotHubIngestOptions { StoreRetryDelay = TimeSpan.FromMilliseconds(1), MaxStoreRetryDelay = TimeSpan.FromMilliseconds(8) }),
            NullLogger<IotHubBatchIngest>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero));

    public StoredTelemetry Stored { get; } = new();

    public HubMetrics HubMetrics { get; }

    public IotHubIngestMetrics Metrics { get; }

    public IotHubBatchIngest Ingest { get; }

    /// <summary>Events checkpointed, in order.</summary>
    public List<EventData> Checkpoints { get; } = [];

    /// <summary>Ingests one batch, recording its checkpoint.</summary>
    public Task IngestAsync(IEnumerable<EventData> batch, CancellationToken cancellationToken = default) =>
        Ingest.IngestAsync("0", batch, (last, _) =>
        {
            Checkpoints.Add(last);
            return Task.CompletedTask;
        }, cancellationToken);

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
