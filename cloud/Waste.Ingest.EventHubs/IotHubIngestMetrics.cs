using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Waste.Ingest.EventHubs;

/// <summary>The adapter's counters, on the meter <see cref="MeterName"/>, with running totals for logs and tests.
/// What happened to each message's readings is counted by the telemetry pipeline, as for MQTT.</summary>
public sealed class IotHubIngestMetrics : IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry's AddMeter.</summary>
    public const string MeterName = "Waste.Ingest.EventHubs";

    private readonly Meter _meter;
    private readonly Counter<long> _events;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _checkpoints;
    private readonly ConcurrentDictionary<string, long> _totals = new();

    /// <summary>Creates the meter and its instruments.</summary>
    public IotHubIngestMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _events = _meter.CreateCounter<long>("waste.iothub.events", "{event}", "Events read from the IoT Hub endpoint");
        _skipped = _meter.CreateCounter<long>("waste.iothub.events.skipped", "{event}", "Events that are no device's telemetry, by reason");
        _retries = _meter.CreateCounter<long>("waste.iothub.store.retries", "{attempt}", "Messages handed again because storage failed");
        _checkpoints = _meter.CreateCounter<long>("waste.iothub.checkpoints", "{checkpoint}", "Checkpoints written");
    }

    /// <summary>An event was read.</summary>
    public void EventRead() => Add(_events, "events", 1);

    /// <summary>An event was skipped.</summary>
    public void EventSkipped(IotHubEventRejection reason) =>
        Add(_skipped, $"skipped.{reason}", 1, new("reason", reason.ToString()));

    /// <summary>Storage failed; the message will be handed again.</summary>
    public void StoreRetried() => Add(_retries, "retries", 1);

    /// <summary>A checkpoint was written.</summary>
    public void CheckpointWritten() => Add(_checkpoints, "checkpoints", 1);

    /// <summary>A running total by name: <c>events</c>, <c>skipped.{reason}</c>, <c>retries</c>, <c>checkpoints</c>.</summary>
    public long Total(string name) => _totals.GetValueOrDefault(name);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private void Add(Counter<long> counter, string total, long value, KeyValuePair<string, object?> tag = default)
    {
        if (tag.Key is null)
        {
            counter.Add(value);
        }
        else
        {
            counter.Add(value, tag);
        }

        _totals.AddOrUpdate(total, value, (_, sum) => sum + value);
    }
}
