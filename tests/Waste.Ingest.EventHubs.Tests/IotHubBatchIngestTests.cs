using Azure.Messaging.EventHubs;
using CsCheck;

namespace Waste.Ingest.EventHubs.Tests;

/// <summary>Sample hub events through the adapter and the real telemetry pipeline: what reaches storage, and what is
/// checkpointed when storage succeeds, fails for a while, or fails until the partition is taken away.</summary>
public sealed class IotHubBatchIngestTests : IDisposable
{
    private readonly AdapterUnderTest _adapter = new();

    public void Dispose() => _adapter.Dispose();

    [Fact]
    public async Task A_stored_batch_is_checkpointed_at_its_last_event()
    {
        var batch = new[] { RecordedEvent.Load("telemetry-bin"), RecordedEvent.Load("telemetry-toilet-uptime-clock") };

        await _adapter.IngestAsync(batch);

        Assert.Equal(["bin-0001", "wc-0001"], _adapter.Stored.Messages.Select(m => m.DeviceId));
        Assert.Equal([41L, 42L], _adapter.Stored.Messages[0].Readings.Select(r => r.Sequence));
        Assert.Equal(batch[^1].SequenceNumber, Assert.Single(_adapter.Checkpoints).SequenceNumber);
        Assert.Equal(2, _adapter.Metrics.Total("events"));
        Assert.Equal(1, _adapter.Metrics.Total("checkpoints"));
        Assert.Equal(3, _adapter.HubMetrics.Total("readings.accepted"));
    }

    [Fact]
    public async Task A_device_on_its_uptime_clock_is_placed_by_the_hub_enqueued_time_not_by_when_it_was_read()
    {
        await _adapter.IngestAsync([RecordedEvent.Load("telemetry-toilet-uptime-clock")]);

        // Sent at 5,400 s of uptime and enqueued at 01:31:00; the reading was taken at 5,340 s: a minute earlier.
        var reading = Assert.Single(Assert.Single(_adapter.Stored.Messages).Readings);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 1, 30, 0, TimeSpan.Zero), reading.Time);
    }

    [Fact]
    public async Task While_storage_fails_the_batch_waits_at_that_event_and_nothing_is_checkpointed_past_it()
    {
        var batch = Enumerable.Range(0, 5).Select(i => RecordedEvent.Load("telemetry-bin", 100 + i)).ToList();
        var checkpointsWhenStored = new List<int>();
        _adapter.Stored.FailuresLeft = 0;
        _adapter.Stored.Arrived = message =>
        {
            // The third message fails four times before it is stored.
            if (_adapter.Stored.Messages.Count == 2 && _adapter.Metrics.Total("retries") < 4)
            {
                _adapter.Stored.FailuresLeft = 1;
            }

            checkpointsWhenStored.Add(_adapter.Checkpoints.Count);
        };

        await _adapter.IngestAsync(batch);

        Assert.Equal(4, _adapter.Metrics.Total("retries"));
        Assert.Equal(4, _adapter.HubMetrics.Total("ingest.failures"));
        Assert.Equal(5, _adapter.Stored.Messages.Count);
        Assert.All(checkpointsWhenStored, count => Assert.Equal(0, count));
        Assert.Equal(104, Assert.Single(_adapter.Checkpoints).SequenceNumber);
    }

    [Fact]
    public async Task A_partition_taken_away_while_storage_fails_is_not_checkpointed_and_its_next_owner_reads_the_event_again()
    {
        var batch = Enumerable.Range(0, 3).Select(i => RecordedEvent.Load("telemetry-bin", 200 + i)).ToList();
        using var partitionLost = new CancellationTokenSource();
        _adapter.Stored.Arrived = _ =>
        {
            if (_adapter.Stored.Messages.Count == 1)
            {
                _adapter.Stored.Down = true;
                if (_adapter.Metrics.Total("retries") >= 3)
                {
                    partitionLost.Cancel();
                }
            }
        };

        await _adapter.IngestAsync(batch, partitionLost.Token);

        Assert.Single(_adapter.Stored.Messages);
        Assert.Empty(_adapter.Checkpoints);

        // The next owner starts after the previous checkpoint: the whole batch again; the first is a duplicate the
        // grains take as once.
        _adapter.Stored.Arrived = null;
        _adapter.Stored.Down = false;
        await _adapter.IngestAsync(batch);
        Assert.Equal(4, _adapter.Stored.Messages.Count);
        Assert.Equal(202, Assert.Single(_adapter.Checkpoints).SequenceNumber);
    }

    [Fact]
    public async Task Events_that_are_no_device_telemetry_are_counted_skipped_and_checkpointed_past()
    {
        var batch = new[] { "twin-change", "telemetry-bin", "connection-state", "module-telemetry", "no-device-id", "empty-body" }
            .Select(name => RecordedEvent.Load(name)).ToList();

        await _adapter.IngestAsync(batch);

        Assert.Equal(["bin-0001"], _adapter.Stored.Messages.Select(m => m.DeviceId));
        Assert.Equal(2, _adapter.Metrics.Total("skipped.NotTelemetry"));
        Assert.Equal(1, _adapter.Metrics.Total("skipped.FromModule"));
        Assert.Equal(1, _adapter.Metrics.Total("skipped.NoDeviceId"));
        Assert.Equal(1, _adapter.Metrics.Total("skipped.EmptyBody"));
        Assert.Equal(batch[^1].SequenceNumber, Assert.Single(_adapter.Checkpoints).SequenceNumber);
    }

    [Fact]
    public async Task A_malformed_payload_is_refused_by_the_pipeline_as_over_mqtt_and_checkpointed_past()
    {
        var batch = new[] { RecordedEvent.Load("malformed-payload"), RecordedEvent.Load("telemetry-bin") };

        await _adapter.IngestAsync(batch);

        Assert.Equal(1, _adapter.HubMetrics.Total("messages.rejected.Malformed"));
        Assert.Single(_adapter.Stored.Messages);
        Assert.Equal(batch[^1].SequenceNumber, Assert.Single(_adapter.Checkpoints).SequenceNumber);
    }

    [Fact]
    public async Task Any_batch_of_random_events_is_stored_or_counted_and_checkpointed_at_its_end() =>
        await Gen.Select(Gen.Byte.Array[0, 48], Gen.OneOf(Gen.Const("bin-0001"), Gen.Const("wc-0001"), Gen.Const("ghost-01"), Gen.Const("")), Gen.Bool).Array[1, 8]
            .SampleAsync(async events =>
            {
                using var adapter = new AdapterUnderTest();
                var batch = events.Select((e, i) => EventHubsModelFactory.EventData(new BinaryData(e.Item1), new Dictionary<string, object>(),
                    e.Item3 ? new Dictionary<string, object> { [IotHubEventMapping.DeviceIdProperty] = e.Item2 } : new Dictionary<string, object>(),
                    null, i, i.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UnixEpoch)).ToList();

                await adapter.Ingest.IngestAsync("0", batch, (last, _) =>
                {
                    adapter.Checkpoints.Add(last);
                    return Task.CompletedTask;
                }, CancellationToken.None);

                var skipped = Enum.GetValues<IotHubEventRejection>().Sum(r => adapter.Metrics.Total($"skipped.{r}"));
                Assert.Equal(batch.Count, skipped + adapter.HubMetrics.Total("messages"));
                Assert.Equal(batch[^1].SequenceNumber, Assert.Single(adapter.Checkpoints).SequenceNumber);
            }, iter: 40);
}
