using System.Buffers;
using System.Text;
using Azure.Messaging.EventHubs;
using CsCheck;

namespace Waste.Ingest.EventHubs.Tests;

public class IotHubEventMappingTests
{
    [Fact]
    public void A_device_telemetry_event_maps_to_its_device_enqueued_time_and_unchanged_body()
    {
        var data = RecordedEvent.Load("telemetry-bin");

        var telemetry = IotHubEventMapping.Map(data, out var rejection);

        Assert.Null(rejection);
        Assert.NotNull(telemetry);
        Assert.Equal("bin-0001", telemetry.DeviceId);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 1, 30, 2, 512, TimeSpan.Zero), telemetry.EnqueuedAt);
        Assert.Equal(data.EventBody.ToArray(), telemetry.Payload.ToArray());
    }

    [Theory]
    [InlineData("twin-change", IotHubEventRejection.NotTelemetry)]
    [InlineData("connection-state", IotHubEventRejection.NotTelemetry)]
    [InlineData("module-telemetry", IotHubEventRejection.FromModule)]
    [InlineData("no-device-id", IotHubEventRejection.NoDeviceId)]
    [InlineData("empty-body", IotHubEventRejection.EmptyBody)]
    public void An_event_that_is_no_device_telemetry_says_why(string sample, IotHubEventRejection reason)
    {
        Assert.Null(IotHubEventMapping.Map(RecordedEvent.Load(sample), out var rejection));
        Assert.Equal(reason, rejection);
    }

    [Fact]
    public void A_message_without_a_source_stamp_from_a_device_is_telemetry()
    {
        // Older hubs and some routes leave iothub-message-source out of device messages.
        var data = EventHubsModelFactory.EventData(new BinaryData("{}"u8.ToArray()), new Dictionary<string, object>(),
            new Dictionary<string, object> { [IotHubEventMapping.DeviceIdProperty] = "bin-0001" }, null, 1, "1", DateTimeOffset.UnixEpoch);

        Assert.Equal("bin-0001", IotHubEventMapping.Map(data, out _)?.DeviceId);
    }

    [Fact]
    public void Any_event_maps_or_is_rejected_with_a_reason_and_never_throws()
    {
        var values = Gen.OneOf<object>(Gen.String.Select(s => (object)s), Gen.Int.Select(i => (object)i), Gen.Const((object)new byte[] { 1, 2 }));
        var keys = Gen.OneOf(Gen.Const(IotHubEventMapping.DeviceIdProperty), Gen.Const(IotHubEventMapping.ModuleIdProperty), Gen.Const(IotHubEventMapping.MessageSourceProperty), Gen.Const("x-opt-offset"));
        Gen.Select(Gen.Dictionary(keys, values)[0, 4], Gen.Byte.Array[0, 64]).Sample((system, body) =>
        {
            var data = EventHubsModelFactory.EventData(new BinaryData(body), new Dictionary<string, object>(), system, null, 1, "1", DateTimeOffset.UnixEpoch);

            var telemetry = IotHubEventMapping.Map(data, out var rejection);

            Assert.True(telemetry is null != rejection is null);
            if (telemetry is not null)
            {
                Assert.Equal(system[IotHubEventMapping.DeviceIdProperty], telemetry.DeviceId);
                Assert.Equal(body, telemetry.Payload.ToArray());
            }
        });
    }

    [Fact]
    public void The_body_is_handed_on_byte_for_byte()
    {
        var body = Encoding.UTF8.GetBytes("{\"dev\":\"bin-0001\",\"ward\":\"Phú Cường\"}");
        var data = EventHubsModelFactory.EventData(new BinaryData(body), new Dictionary<string, object>(),
            new Dictionary<string, object> { [IotHubEventMapping.DeviceIdProperty] = "bin-0001", [IotHubEventMapping.MessageSourceProperty] = "Telemetry" },
            null, 1, "1", DateTimeOffset.UnixEpoch);

        Assert.Equal(body, IotHubEventMapping.Map(data, out _)!.Payload.ToArray());
    }
}
