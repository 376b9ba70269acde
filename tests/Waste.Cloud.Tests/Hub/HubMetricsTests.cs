using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Waste.Hub;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Hub;

public sealed class HubMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly List<Metric> _exported = [];
    private readonly MeterProvider _provider;
    private readonly HubMetrics _metrics;

    public HubMetricsTests()
    {
        _provider = Sdk.CreateMeterProviderBuilder().AddMeter(HubMetrics.MeterName).AddInMemoryExporter(_exported).Build();
        _metrics = new HubMetrics(_services.GetRequiredService<IMeterFactory>());
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _provider.Dispose();
        _services.Dispose();
    }

    // Cumulative sums: each flush exports the totals so far, so only the latest export is read.
    private long Sum(string metric, string tag, string value)
    {
        _exported.Clear();
        _provider.ForceFlush();
        long sum = 0;
        foreach (var exported in _exported.Where(m => m.Name == metric))
        {
            foreach (ref readonly var point in exported.GetMetricPoints())
            {
                foreach (var pair in point.Tags)
                {
                    if (pair.Key == tag && Equals(pair.Value, value))
                    {
                        sum += point.GetSumLong();
                    }
                }
            }
        }

        return sum;
    }

    [Fact]
    public void Refusals_and_rejections_reach_OpenTelemetry_with_their_reason()
    {
        _metrics.ConnectionRefused(ConnectionRefusal.ExpiredToken);
        _metrics.ConnectionRefused(ConnectionRefusal.ExpiredToken);
        _metrics.MessageRejected(RejectionReason.Oversize);
        _metrics.Ingested(new IngestOutcome { Accepted = 3, Rejected = [new RejectedReading(1, RejectionReason.Duplicate), new RejectedReading(2, RejectionReason.Duplicate)] });

        Assert.Equal(2, Sum("waste.hub.connections.refused", "reason", "ExpiredToken"));
        Assert.Equal(1, Sum("waste.ingest.readings.rejected", "reason", "Oversize"));
        Assert.Equal(2, Sum("waste.ingest.readings.rejected", "reason", "Duplicate"));
        Assert.Equal(2, _metrics.Total("connections.refused.ExpiredToken"));
        Assert.Equal(3, _metrics.Total("readings.accepted"));
    }
}
