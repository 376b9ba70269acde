using MQTTnet;
using Waste.Broker.Tests.Broker;
using Waste.EndToEnd.Tests;

namespace Waste.Broker.Tests;

/// <summary>Telemetry from a device on Mosquitto to its grain's state, read back through the HTTP API.</summary>
public sealed class TelemetryThroughMosquittoTests(ExternalCloud cloud) : IClassFixture<ExternalCloud>
{
    [Fact]
    public async Task Readings_published_on_Mosquitto_reach_the_bins_state()
    {
        await using var device = await cloud.ConnectedBinAsync("tel-bin-0001");

        for (var sequence = 0; sequence < 3; sequence++)
        {
            Assert.Equal(MqttClientPublishReasonCode.Success, await device.PublishTelemetryAsync(cloud.Reading(device.DeviceId, sequence, 40 + sequence)));
        }

        await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsStored").GetInt64() == 3);
        var state = await cloud.GetBinAsync(device.DeviceId);
        Assert.Equal(2, state.GetProperty("highestSequence").GetInt64());
        Assert.Equal(42, state.GetProperty("latest").GetProperty("fillPercent").GetDouble());
    }

    [Fact]
    public async Task A_message_published_twice_is_stored_once()
    {
        await using var device = await cloud.ConnectedBinAsync("tel-dup-0001");
        var message = cloud.Reading(device.DeviceId, 5, 10);

        await device.PublishTelemetryAsync(message);
        await device.PublishTelemetryAsync(message);

        await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsRejected").GetInt64() == 1);
        var state = await cloud.GetBinAsync(device.DeviceId);
        Assert.Equal(1, state.GetProperty("readingsStored").GetInt64());
    }

    [Fact]
    public async Task A_malformed_message_is_counted_and_the_bridge_goes_on_with_the_next()
    {
        await using var device = await cloud.ConnectedBinAsync("tel-bad-0001");
        var malformedBefore = cloud.Metrics.Total("messages.rejected.Malformed");

        await device.PublishTelemetryAsync("{ this is not json");
        await device.PublishTelemetryAsync(cloud.Reading(device.DeviceId, 0, 33));

        await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsStored").GetInt64() == 1);
        Assert.Equal(malformedBefore + 1, cloud.Metrics.Total("messages.rejected.Malformed"));
    }
}
