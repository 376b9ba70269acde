using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Waste.Telemetry;

namespace Waste.Hub;

/// <summary>
/// The hub's counters, published as OpenTelemetry-compatible metrics on the meter <see cref="MeterName"/> and kept
/// as running totals for the periodic log line and the stats endpoint.
/// </summary>
public sealed class HubMetrics : IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry's AddMeter.</summary>
    public const string MeterName = "Waste.Hub";

    private readonly Meter _meter;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _held;
    private readonly Counter<long> _refusedConnections;
    private readonly Counter<long> _forbiddenTopics;
    private readonly Counter<long> _refusedPublishes;
    private readonly Counter<long> _ingestFailures;
    private readonly Counter<long> _droppedByDevices;
    private readonly Counter<long> _twinRefused;
    private readonly ConcurrentDictionary<string, long> _totals = new();
    private long _connected;

    /// <summary>Creates the meter and its instruments.</summary>
    public HubMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _messages = _meter.CreateCounter<long>("waste.hub.messages", "{message}", "Telemetry messages received");
        _accepted = _meter.CreateCounter<long>("waste.ingest.readings.accepted", "{reading}", "Readings stored");
        _held = _meter.CreateCounter<long>("waste.ingest.readings.held", "{reading}", "Readings far ahead of their device's window, held until its next reading confirms or refutes them");
        _rejected = _meter.CreateCounter<long>("waste.ingest.readings.rejected", "{reading}", "Readings refused, by reason");
        _refusedConnections = _meter.CreateCounter<long>("waste.hub.connections.refused", "{connection}", "Connections refused, by reason");
        _forbiddenTopics = _meter.CreateCounter<long>("waste.hub.topics.forbidden", "{operation}", "Publishes or subscriptions outside the device's topics");
        _refusedPublishes = _meter.CreateCounter<long>("waste.hub.publishes.refused", "{message}", "Publishes refused on the device's own topics, by reason (retained)");
        _ingestFailures = _meter.CreateCounter<long>("waste.ingest.failures", "{message}", "Messages not stored because storage failed; the device resends");
        _droppedByDevices = _meter.CreateCounter<long>("waste.devices.readings.dropped", "{reading}", "Readings devices' offline buffers dropped, as they report");
        _twinRefused = _meter.CreateCounter<long>("waste.hub.twin.refused", "{request}", "Twin requests refused, by reason");
        _meter.CreateObservableGauge("waste.hub.devices.connected", () => Interlocked.Read(ref _connected), "{device}", "Devices connected now");
    }

    /// <summary>A telemetry message arrived.</summary>
    public void MessageReceived() => Add(_messages, "messages", 1);

    /// <summary>What became of a message's readings.</summary>
    public void Ingested(IngestOutcome outcome)
    {
        Add(_accepted, "readings.accepted", outcome.Accepted);
        Add(_held, "readings.held", outcome.Held);
        foreach (var group in outcome.Rejected.GroupBy(r => r.Reason))
        {
            Add(_rejected, $"readings.rejected.{group.Key}", group.Count(), new("reason", group.Key.ToString()));
        }
    }

    /// <summary>A whole message was refused before its readings could be read.</summary>
    public void MessageRejected(RejectionReason reason) =>
        Add(_rejected, $"messages.rejected.{reason}", 1, new("reason", reason.ToString()));

    /// <summary>A connection was refused.</summary>
    public void ConnectionRefused(ConnectionRefusal reason) =>
        Add(_refusedConnections, $"connections.refused.{reason}", 1, new("reason", reason.ToString()));

    /// <summary>A device published or subscribed outside its own topics.</summary>
    public void TopicForbidden(string operation) =>
        Add(_forbiddenTopics, $"topics.forbidden.{operation}", 1, new("operation", operation));

    /// <summary>A publish on the device's own topic was refused (for example retained).</summary>
    public void PublishRefused(string reason) => Add(_refusedPublishes, $"publishes.refused.{reason}", 1, new("reason", reason));

    /// <summary>Storage failed under a message; it was not acknowledged.</summary>
    public void IngestFailed() => Add(_ingestFailures, "ingest.failures", 1);

    /// <summary>Devices said their offline buffers dropped this many readings.</summary>
    public void DroppedByDevices(int count) => Add(_droppedByDevices, "readings.dropped_by_devices", count);

    /// <summary>A twin request was refused.</summary>
    public void TwinRequestRefused(string reason) => Add(_twinRefused, $"twin.refused.{reason}", 1, new("reason", reason));

    /// <summary>A device connected.</summary>
    public void DeviceConnected() => Interlocked.Increment(ref _connected);

    /// <summary>A device disconnected.</summary>
    public void DeviceDisconnected() => Interlocked.Decrement(ref _connected);

    /// <summary>Devices connected now.</summary>
    public long Connected => Interlocked.Read(ref _connected);

    /// <summary>Running totals by name (for example <c>readings.accepted</c>, <c>connections.refused.Expired</c>).</summary>
    public IReadOnlyDictionary<string, long> Totals() => new SortedDictionary<string, long>(_totals, StringComparer.Ordinal);

    /// <summary>One running total, 0 when nothing was counted under that name.</summary>
    public long Total(string name) => _totals.GetValueOrDefault(name);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private void Add(Counter<long> counter, string total, long value, KeyValuePair<string, object?> tag = default)
    {
        if (value == 0)
        {
            return;
        }

        if (tag.Key is null)
        {
            counter.Add(value);
        }
        else
        {
            counter.Add(value, tag);
        }

        _totals.AddOrUpdate(total, value, (_, current) => current + value);
    }
}
