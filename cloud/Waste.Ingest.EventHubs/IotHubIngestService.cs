using Microsoft.Extensions.Hosting;

namespace Waste.Ingest.EventHubs;

/// <summary>Runs the processor with the host: reading starts when the host has started (the silo is up) and stops,
/// releasing its partitions, when the host stops.</summary>
public sealed class IotHubIngestService(IotHubEventProcessor processor) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => processor.StartProcessingAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => processor.StopProcessingAsync(cancellationToken);
}
