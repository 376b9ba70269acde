using MQTTnet;
using MQTTnet.Formatter;
using Waste.Broker.Tests.Broker;
using Waste.EndToEnd.Tests;
using Waste.Registry;

namespace Waste.Broker.Tests;

/// <summary>What Mosquitto itself refuses, with the credentials and ACLs the cloud gave it: wrong passwords, other
/// client ids, other devices' topics, revoked devices, keys dropped by rotation.</summary>
public sealed class BrokerSecurityTests(ExternalCloud cloud) : IClassFixture<ExternalCloud>
{
    [Fact]
    public async Task A_device_presenting_a_wrong_password_is_refused()
    {
        var registered = await cloud.RegisterBinAsync("sec-pw-0001");
        await using (var genuine = cloud.DeviceFor(registered))
        {
            await genuine.ConnectWhenKnownAsync();
        }

        await using var impostor = new SharedBrokerDevice(registered.Id, DeviceKey.Generate(), cloud.BrokerPort) { UserName = cloud.DeviceFor(registered).UserName };

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await impostor.TryConnectAsync());
        Assert.False(impostor.IsConnected);
    }

    [Fact]
    public async Task An_unknown_device_is_refused()
    {
        await using var stranger = new SharedBrokerDevice("sec-stranger", DeviceKey.Generate(), cloud.BrokerPort);

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await stranger.TryConnectAsync());
    }

    [Fact]
    public async Task A_device_using_its_credentials_under_another_client_id_is_refused()
    {
        var registered = await cloud.RegisterBinAsync("sec-cid-0001");
        await using (var genuine = cloud.DeviceFor(registered))
        {
            await genuine.ConnectWhenKnownAsync();
        }

        await using var masquerade = new SharedBrokerDevice(registered.Id, registered.PrimaryKey, cloud.BrokerPort) { ClientId = "sec-cid-0002" };

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await masquerade.TryConnectAsync());
    }

    [Theory]
    [InlineData(1, "devices/{0}/messages/events/")]
    [InlineData(2, "devices/{0}/$iothub/twin/PATCH/properties/reported/?$rid=1")]
    [InlineData(3, "devices/{0}/$iothub/methods/res/200/?$rid=1")]
    [InlineData(4, "devices/{0}/messages/devicebound/x")]
    [InlineData(5, "devices/{0}/$iothub/twin/PATCH/properties/desired/?$version=9")]
    [InlineData(6, "$iothub/twin/GET/?$rid=1")]
    [InlineData(7, "waste-hub/bridges/silo-a")]
    public async Task A_device_publishing_on_topics_not_its_own_is_refused_by_the_broker_and_the_other_device_is_untouched(int index, string topicFormat)
    {
        var victim = await cloud.RegisterBinAsync($"sec-victim-{index}");
        var intruder = await cloud.RegisterBinAsync($"sec-intruder-{index}");
        var topic = string.Format(System.Globalization.CultureInfo.InvariantCulture, topicFormat, victim.Id);

        // MQTT 5 so the broker can say no (MQTTnet then closes the connection); over 3.1.1 it drops it silently.
        await using (var forging = new SharedBrokerDevice(intruder.Id, intruder.PrimaryKey, cloud.BrokerPort, MqttProtocolVersion.V500))
        {
            await forging.ConnectWhenKnownAsync();
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await forging.PublishAsync(topic, cloud.Reading(victim.Id, 0, 99)));
        }

        await using (var honest = cloud.DeviceFor(intruder))
        {
            await honest.ConnectWhenKnownAsync();
            await honest.PublishTelemetryAsync(cloud.Reading(intruder.Id, 0, 5));
        }

        // Once the intruder's own reading is stored, what it sent before has been through the bridges, if it got there.
        await Eventually.TrueAsync(() => cloud.GetBinAsync(intruder.Id).Result.GetProperty("readingsStored").GetInt64() == 1);
        Assert.Equal(0, (await cloud.GetBinAsync(victim.Id)).GetProperty("readingsStored").GetInt64());
    }

    [Theory]
    [InlineData(1, "devices/{0}/messages/devicebound/#")]
    [InlineData(2, "devices/{0}/$iothub/twin/res/#")]
    [InlineData(3, "devices/{0}/$iothub/methods/POST/#")]
    [InlineData(4, "devices/+/messages/devicebound/#")]
    [InlineData(5, "devices/#")]
    [InlineData(6, "$iothub/twin/res/#")]
    [InlineData(7, "$SYS/broker/log/N")]
    [InlineData(8, "$share/waste-hub/devices/+/messages/events/#")]
    public async Task A_device_subscribing_to_topics_not_its_own_is_refused_by_the_broker(int index, string filterFormat)
    {
        var victim = await cloud.RegisterBinAsync($"sec-sub-v{index}");
        await using var intruder = cloud.DeviceFor(await cloud.RegisterBinAsync($"sec-sub-i{index}"));
        await intruder.ConnectWhenKnownAsync();

        var result = await intruder.SubscribeAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, filterFormat, victim.Id));

        Assert.True(result > MqttClientSubscribeResultCode.GrantedQoS2, $"granted: {result}");
    }

    [Fact]
    public async Task A_device_revoked_by_the_devices_tool_is_disconnected_at_once_and_refused_from_then_on()
    {
        var registered = await cloud.RegisterBinAsync("sec-revoke-0001");
        await using var device = cloud.DeviceFor(registered);
        await device.ConnectWhenKnownAsync();

        using (var tool = cloud.OpenRegistryAsAnotherProcess())
        {
            await tool.SaveAsync([tool.Find(registered.Id)! with { State = DeviceState.Revoked }]);
        }

        await Eventually.TrueAsync(() => !device.IsConnected);
        await using var again = cloud.DeviceFor(registered);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await again.TryConnectAsync());
    }

    [Fact]
    public async Task After_a_key_rotation_both_keys_work_until_the_next_rotation_drops_the_older()
    {
        var original = await cloud.RegisterBinAsync("sec-rotate-0001");
        await using (var first = cloud.DeviceFor(original))
        {
            await first.ConnectWhenKnownAsync();
        }

        var rotated = original with { SecondaryKey = original.PrimaryKey, PrimaryKey = DeviceKey.Generate() };
        await cloud.Registry.SaveAsync([rotated]);
        await using (var renewed = cloud.DeviceFor(rotated))
        {
            await renewed.ConnectWhenKnownAsync();
        }

        await using (var stillOld = cloud.DeviceFor(original))
        {
            Assert.Equal(MqttClientConnectResultCode.Success, await stillOld.TryConnectAsync());
        }

        await cloud.Registry.SaveAsync([rotated with { SecondaryKey = rotated.PrimaryKey, PrimaryKey = DeviceKey.Generate() }]);
        await Eventually.TrueAsync(() => ConnectOnceAsync(original).Result == MqttClientConnectResultCode.NotAuthorized);
        Assert.Equal(MqttClientConnectResultCode.Success, await ConnectOnceAsync(rotated));
    }

    private async Task<MqttClientConnectResultCode> ConnectOnceAsync(RegisteredDevice device)
    {
        await using var connection = cloud.DeviceFor(device);
        return await connection.TryConnectAsync();
    }
}
