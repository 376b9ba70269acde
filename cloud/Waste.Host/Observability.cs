using OpenTelemetry.Metrics;
using Waste.Host.Api;
using Waste.Hub;
using Waste.Ingest.EventHubs;
using Waste.Storage.Sqlite;

namespace Waste.Host;

/// <summary>
/// OpenTelemetry metrics: the hub's counters (every refusal by reason), the API's refusals (by status and route), the
/// SQLite store's group commits and Orleans' own meter. Exported over OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting names a collector; without one the hub's are still kept, for
/// <c>/api/hub/stats</c> and the log line.
/// </summary>
public static class Observability
{
    /// <summary>Meters the host publishes.</summary>
    public static readonly string[] Meters = [HubMetrics.MeterName, ApiRefusals.MeterName, IotHubIngestMetrics.MeterName, SqliteGrainStorage.MeterName, "Microsoft.Orleans"];

    /// <summary>Adds the metrics pipeline; <paramref name="configure"/> lets a test add its own exporter.</summary>
    public static IServiceCollection AddWasteMetrics(this IServiceCollection services, IConfiguration configuration, Action<MeterProviderBuilder>? configure = null)
    {
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(Meters);
            if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                metrics.AddOtlpExporter();
            }

            configure?.Invoke(metrics);
        });
        return services;
    }
}
