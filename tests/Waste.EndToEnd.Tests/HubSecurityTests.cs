using MQTTnet;
using Waste.Registry;
using Waste.Simulation.Devices;

namespace Waste.EndToEnd.Tests;

/// <summary>Who may connect and where they may publish: refused connections and forbidden topics are refused and
/// counted, and never reach another device's state.</summary>
public sealed class HubSecurityTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task A_device_presenting_a_token_signed_with_a_wrong_key_is_refused()
    {
        var device = (await cloud.RegisterBinsAsync("sec-key-", 1))[0];
        await using var impostor = new DeviceConnection(device with { Base64Key = DeviceKey.Generate() }, cloud.Clock);
        var before = cloud.Metrics.Total("connections.refused.BadSignature");

        var result = await impostor.ConnectAsync(CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result);
        Assert.False(impostor.IsConnected);
        Assert.Equal(before + 1, cloud.Metrics.Total("connections.refused.BadSignature"));
    }

    [Fact]
    public async Task A_device_presenting_an_expired_token_is_refused()
    {
        var device = (await cloud.RegisterBinsAsync("sec-exp-", 1))[0];
        await using var connection = new DeviceConnection(device, cloud.Clock);
        var before = cloud.Metrics.Total("connections.refused.ExpiredToken");

        var result = await connection.ConnectAsync(connection.CreateToken(cloud.Clock.GetUtcNow().AddSeconds(-1)), CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result);
        Assert.Equal(before + 1, cloud.Metrics.Total("connections.refused.ExpiredToken"));
    }

    [Fact]
    public async Task A_token_that_expires_later_is_accepted_until_then()
    {
        var device = (await cloud.RegisterBinsAsync("sec-live-", 1))[0];
        await using var connection = new DeviceConnection(device, cloud.Clock);

        var result = await connection.ConnectAsync(connection.CreateToken(cloud.Clock.GetUtcNow().AddSeconds(5)), CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.Success, result);
    }

    [Fact]
    public async Task A_correctly_signed_ten_year_token_is_refused_as_too_long()
    {
        var device = (await cloud.RegisterBinsAsync("sec-long-", 1))[0];
        await using var connection = new DeviceConnection(device, cloud.Clock);
        var before = cloud.Metrics.Total("connections.refused.TokenTooLong");

        var decade = await connection.ConnectAsync(connection.CreateToken(cloud.Clock.GetUtcNow().AddYears(10)), CancellationToken.None);
        var withinLimit = await connection.ConnectAsync(connection.CreateToken(cloud.Clock.GetUtcNow() + cloud.Hub.MaxTokenLifetime - TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, decade);
        Assert.Equal(before + 1, cloud.Metrics.Total("connections.refused.TokenTooLong"));
        Assert.Equal(MqttClientConnectResultCode.Success, withinLimit);
    }

    [Fact]
    public async Task A_retained_publish_is_refused_counted_and_not_stored_and_the_connection_closes()
    {
        var credentials = (await cloud.RegisterBinsAsync("sec-retain-", 1))[0];
        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync();
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        var reading = $$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":0,"t":{{now}},"fill_pct":50}]}""";

        await Assert.ThrowsAnyAsync<Exception>(() =>
            device.PublishAsync($"devices/{device.DeviceId}/messages/events/", reading, retain: true, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token));

        await Eventually.TrueAsync(() => !device.IsConnected);
        Assert.Equal(1, cloud.Metrics.Total("publishes.refused.retained"));
        Assert.Equal(0, (await cloud.GetDeviceAsync(device.DeviceId)).GetProperty("bin").GetProperty("readingsStored").GetInt64());
    }

    [Fact]
    public async Task An_unknown_device_is_not_authorized()
    {
        var stranger = new DeviceCredentials("sec-stranger", DeviceKey.Generate(), cloud.HubAddress);
        await using var connection = new DeviceConnection(stranger, cloud.Clock);

        var result = await connection.ConnectAsync(CancellationToken.None);

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, result);
    }

    [Fact]
    public async Task A_device_publishing_on_another_devices_topic_is_disconnected_and_the_other_device_is_untouched()
    {
        var devices = await cloud.RegisterBinsAsync("sec-topic-", 2);
        await using var intruder = new DeviceConnection(devices[0], cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.Success, await intruder.ConnectAsync(CancellationToken.None));
        var before = cloud.Metrics.Total("topics.forbidden.publish");
        var forged = $$"""{"v":1,"dev":"{{devices[1].DeviceId}}","kind":"bin","clk":"utc","sent":{{cloud.Clock.GetUtcNow().ToUnixTimeSeconds()}},"r":[{"seq":0,"t":{{cloud.Clock.GetUtcNow().ToUnixTimeSeconds()}},"fill_pct":99}]}""";

        await Assert.ThrowsAnyAsync<Exception>(() =>
            intruder.PublishAsync($"devices/{devices[1].DeviceId}/messages/events/", forged, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token));

        await Eventually.TrueAsync(() => !intruder.IsConnected);
        Assert.Equal(before + 1, cloud.Metrics.Total("topics.forbidden.publish"));
        var victim = await cloud.GetDeviceAsync(devices[1].DeviceId);
        Assert.Equal(0, victim.GetProperty("bin").GetProperty("readingsStored").GetInt64());
    }

    [Fact]
    public async Task A_device_subscribing_to_another_devices_messages_is_disconnected()
    {
        var devices = await cloud.RegisterBinsAsync("sec-sub-", 2);
        await using var intruder = new DeviceConnection(devices[0], cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.Success, await intruder.ConnectAsync(CancellationToken.None));
        var before = cloud.Metrics.Total("topics.forbidden.subscribe");

        await intruder.TrySubscribeAsync($"devices/{devices[1].DeviceId}/messages/devicebound/#");

        await Eventually.TrueAsync(() => !intruder.IsConnected);
        Assert.Equal(before + 1, cloud.Metrics.Total("topics.forbidden.subscribe"));
    }

    [Fact]
    public async Task A_device_revoked_by_the_devices_tool_is_disconnected_and_refused_from_then_on()
    {
        var device = (await cloud.RegisterBinsAsync("sec-revoke-", 1))[0];
        await using var connection = new DeviceConnection(device, cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.Success, await connection.ConnectAsync(CancellationToken.None));

        using (var tool = cloud.OpenRegistryAsAnotherProcess())
        {
            await tool.SaveAsync([tool.Find(device.DeviceId)! with { State = DeviceState.Revoked }]);
        }


        await Eventually.TrueAsync(() => !connection.IsConnected);
        await using var again = new DeviceConnection(device, cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await again.ConnectAsync(CancellationToken.None));
    }
}
