using MQTTnet;
using Waste.Broker.Tests.Broker;
using Waste.EndToEnd.Tests;

namespace Waste.Broker.Tests;

/// <summary>Silos sharing the work through one MQTT 5 shared-subscription group: each message handled once, and a
/// silo that dies with messages unacknowledged loses none of them.</summary>
public sealed class SharedSubscriptionTests(ExternalCloud cloud) : IClassFixture<ExternalCloud>
{
    [Fact]
    public async Task Two_bridges_in_one_group_share_the_messages_and_each_is_handled_once()
    {
        var counted = new CountingIngest(cloud.Ingest);
        var second = cloud.AnotherBridge("silo-b", counted);
        await second.StartAsync(CancellationToken.None);
        try
        {
            await using var device = await cloud.ConnectedBinAsync("share-once-0001");
            var messagesBefore = cloud.Metrics.Total("messages");

            for (var sequence = 0; sequence < 40; sequence++)
            {
                Assert.Equal(MqttClientPublishReasonCode.Success, await device.PublishTelemetryAsync(cloud.Reading(device.DeviceId, sequence, sequence)));
            }

            await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsStored").GetInt64() == 40);
            Assert.Equal(0, (await cloud.GetBinAsync(device.DeviceId)).GetProperty("readingsRejected").GetInt64());
            Assert.Equal(messagesBefore + 40, cloud.Metrics.Total("messages"));
            Assert.InRange(counted.Count, 1, 39);
        }
        finally
        {
            await second.StopAsync(CancellationToken.None);
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_bridge_killed_with_messages_unacknowledged_loses_none_and_takes_its_session_back_when_it_restarts()
    {
        var held = new HeldIngest();
        var doomed = cloud.AnotherBridge("silo-c", held);
        await doomed.StartAsync(CancellationToken.None);
        await using var device = await cloud.ConnectedBinAsync("share-kill-0001");

        for (var sequence = 0; sequence < 20; sequence++)
        {
            Assert.Equal(MqttClientPublishReasonCode.Success, await device.PublishTelemetryAsync(cloud.Reading(device.DeviceId, sequence, sequence)));
        }

        await Eventually.TrueAsync(() => held.Held > 0);
        var heldWhenKilled = held.Held;
        await doomed.DisposeAsync();

        // The broker acknowledged all twenty to the device; the survivor holds the dead bridge's session and stores them.
        await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsStored").GetInt64() == 20, TimeSpan.FromSeconds(30));
        Assert.Contains("silo-c", cloud.Bridge.HeldSessions);
        Assert.InRange(heldWhenKilled, 1, 19);

        var counted = new CountingIngest(cloud.Ingest);
        var restarted = cloud.AnotherBridge("silo-c", counted);
        await restarted.StartAsync(CancellationToken.None);
        try
        {
            await Eventually.TrueAsync(() => !cloud.Bridge.HeldSessions.Contains("silo-c"));
            for (var sequence = 20; sequence < 40; sequence++)
            {
                await device.PublishTelemetryAsync(cloud.Reading(device.DeviceId, sequence, sequence));
            }

            await Eventually.TrueAsync(() => cloud.GetBinAsync(device.DeviceId).Result.GetProperty("readingsStored").GetInt64() == 40);
            Assert.True(counted.Count > 0);
        }
        finally
        {
            await restarted.StopAsync(CancellationToken.None);
            await restarted.DisposeAsync();
        }
    }
}
