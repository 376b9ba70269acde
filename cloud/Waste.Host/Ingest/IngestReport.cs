using Waste.Hub;

namespace Waste.Host.Ingest;

/// <summary>Logs one line of ingest counts at a fixed interval, so an operator (or the demo's user) sees readings
/// arrive without a dashboard.</summary>
public sealed partial class IngestReport(HubMetrics metrics, ILogger<IngestReport> logger) : BackgroundService
{
    /// <summary>How often the line is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        long previous = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var totals = metrics.Totals();
                var stored = totals.GetValueOrDefault("readings.accepted");
                var rejected = totals.Where(t => t.Key.Contains(".rejected.", StringComparison.Ordinal)).Sum(t => t.Value);
                var refused = totals.Where(t => t.Key.StartsWith("connections.refused.", StringComparison.Ordinal)).Sum(t => t.Value);
                LogCounts(metrics.Connected, totals.GetValueOrDefault("messages"), stored, stored - previous, rejected, refused);
                previous = stored;
            }
        }
        catch (OperationCanceledException)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingest: {Connected} devices connected, {Messages} messages, {Stored} readings stored (+{Recent}), {Rejected} rejected, {Refused} connections refused")]
    private partial void LogCounts(long connected, long messages, long stored, long recent, long rejected, long refused);
}
