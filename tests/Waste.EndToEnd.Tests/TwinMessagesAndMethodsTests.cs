using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Waste.EndToEnd.Tests;

/// <summary>The cloud-to-device half of the IoT Hub protocol through the embedded hub: twin, messages, methods.</summary>
public sealed class TwinMessagesAndMethodsTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private async Task<RawDevice> ConnectedDeviceAsync(string prefix, params string[] subscriptions)
    {
        var device = new RawDevice((await cloud.RegisterBinsAsync(prefix, 1))[0], cloud.Clock);
        await device.ConnectAsync(subscriptions);
        return device;
    }

    [Fact]
    public async Task A_device_reads_its_twin_reports_properties_and_receives_a_desired_change()
    {
        await using var device = await ConnectedDeviceAsync("twin-trip-", "$iothub/twin/res/#", "$iothub/twin/PATCH/properties/desired/#");

        await device.PublishAsync("$iothub/twin/GET/?$rid=1", "");
        var (topic, body) = await device.ReceiveAsync();
        Assert.Equal("$iothub/twin/res/200/?$rid=1", topic);
        var twin = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, twin.GetProperty("desired").GetProperty("$version").GetInt64());
        Assert.Equal(1, twin.GetProperty("reported").GetProperty("$version").GetInt64());

        await device.PublishAsync("$iothub/twin/PATCH/properties/reported/?$rid=2", """{"fw":"1.2.0","config_version":1}""");
        Assert.Equal("$iothub/twin/res/204/?$rid=2&$version=2", (await device.ReceiveAsync()).Topic);

        var patch = await cloud.Http.PatchAsJsonAsync($"/api/devices/{device.DeviceId}/twin/desired", new { sample_period_s = 900 });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var (desiredTopic, desiredBody) = await device.ReceiveAsync();
        Assert.Equal("$iothub/twin/PATCH/properties/desired/?$version=2", desiredTopic);
        var desired = JsonDocument.Parse(desiredBody).RootElement;
        Assert.Equal(900, desired.GetProperty("sample_period_s").GetInt32());
        Assert.Equal(2, desired.GetProperty("$version").GetInt64());

        var stored = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{device.DeviceId}/twin");
        Assert.Equal("1.2.0", stored.GetProperty("reported").GetProperty("fw").GetString());
        Assert.Equal(900, stored.GetProperty("desired").GetProperty("sample_period_s").GetInt32());
    }

    [Fact]
    public async Task A_twin_answer_reaches_only_the_device_that_asked()
    {
        await using var asking = await ConnectedDeviceAsync("twin-ask-", "$iothub/twin/res/#");
        await using var other = await ConnectedDeviceAsync("twin-other-", "$iothub/twin/res/#");

        await asking.PublishAsync("$iothub/twin/GET/?$rid=7", "");

        Assert.Equal("$iothub/twin/res/200/?$rid=7", (await asking.ReceiveAsync()).Topic);
        Assert.True(await other.ReceivesNothingAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"$version":5}""")]
    public async Task A_malformed_reported_patch_is_refused_and_the_twin_stays(string patch)
    {
        await using var device = await ConnectedDeviceAsync($"twin-bad-{patch.Length}-", "$iothub/twin/res/#");

        await device.PublishAsync("$iothub/twin/PATCH/properties/reported/?$rid=3", patch);

        Assert.Equal("$iothub/twin/res/400/?$rid=3", (await device.ReceiveAsync()).Topic);
        Assert.True(device.IsConnected);
        var stored = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{device.DeviceId}/twin");
        Assert.Equal(1, stored.GetProperty("reported").GetProperty("$version").GetInt64());
    }

    [Fact]
    public async Task A_message_to_a_connected_device_is_delivered_at_once()
    {
        await using var device = await ConnectedDeviceAsync("c2d-now-", $"devices/c2d-now-0001/messages/devicebound/#");

        var response = await cloud.Http.PostAsJsonAsync($"/api/devices/{device.DeviceId}/messages", new { cmd = "ping" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Delivered", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var (topic, body) = await device.ReceiveAsync();
        Assert.StartsWith($"devices/{device.DeviceId}/messages/devicebound/", topic);
        Assert.Equal("ping", JsonDocument.Parse(body).RootElement.GetProperty("cmd").GetString());
    }

    [Fact]
    public async Task A_message_to_an_offline_device_waits_for_it_and_an_expired_one_is_dropped()
    {
        var credentials = (await cloud.RegisterBinsAsync("c2d-later-", 1))[0];
        var expiring = await cloud.Http.PostAsJsonAsync($"/api/devices/{credentials.DeviceId}/messages?ttlSeconds=60", new { cmd = "old" });
        cloud.Clock.Advance(TimeSpan.FromMinutes(2));
        var queued = await cloud.Http.PostAsJsonAsync($"/api/devices/{credentials.DeviceId}/messages", new { cmd = "recalibrate_odour" });
        Assert.Equal("Queued", (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("Queued", (await expiring.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync($"devices/{credentials.DeviceId}/messages/devicebound/#");
        var (_, body) = await device.ReceiveAsync();

        Assert.Equal("recalibrate_odour", JsonDocument.Parse(body).RootElement.GetProperty("cmd").GetString());
        Assert.True(await device.ReceivesNothingAsync());
        var pending = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{credentials.DeviceId}/messages");
        Assert.Equal(0, pending.GetArrayLength());
    }

    [Fact]
    public async Task A_direct_method_returns_the_devices_answer()
    {
        await using var device = await ConnectedDeviceAsync("method-ok-", "$iothub/methods/POST/#");
        var call = cloud.Http.PostAsJsonAsync($"/api/devices/{device.DeviceId}/methods/ping", new { });

        var (topic, _) = await device.ReceiveAsync();
        Assert.StartsWith("$iothub/methods/POST/ping/?$rid=", topic);
        var requestId = topic[(topic.IndexOf("$rid=", StringComparison.Ordinal) + 5)..];
        await device.PublishAsync($"$iothub/methods/res/200/?$rid={requestId}", """{"uptime_s":42}""");

        var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
        Assert.Equal(42, answer.GetProperty("payload").GetProperty("uptime_s").GetInt32());
    }

    [Fact]
    public async Task A_direct_method_times_out_when_the_device_stays_silent_and_fails_at_once_when_it_is_offline()
    {
        await using var silent = await ConnectedDeviceAsync("method-silent-", "$iothub/methods/POST/#");
        var offline = (await cloud.RegisterBinsAsync("method-offline-", 1))[0];

        var timedOut = await cloud.Http.PostAsJsonAsync($"/api/devices/{silent.DeviceId}/methods/reboot?timeoutSeconds=1", new { });
        var notConnected = await cloud.Http.PostAsJsonAsync($"/api/devices/{offline.DeviceId}/methods/reboot", new { });

        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notConnected.StatusCode);
    }

    [Fact]
    public async Task A_method_answer_forged_by_another_device_is_ignored()
    {
        await using var device = await ConnectedDeviceAsync("method-own-", "$iothub/methods/POST/#");
        await using var forger = await ConnectedDeviceAsync("method-forger-", "$iothub/methods/POST/#");
        var call = cloud.Http.PostAsJsonAsync($"/api/devices/{device.DeviceId}/methods/ping?timeoutSeconds=3", new { });
        var (topic, _) = await device.ReceiveAsync();
        var requestId = topic[(topic.IndexOf("$rid=", StringComparison.Ordinal) + 5)..];

        await forger.PublishAsync($"$iothub/methods/res/200/?$rid={requestId}", """{"forged":true}""");

        Assert.Equal(HttpStatusCode.GatewayTimeout, (await call).StatusCode);
        Assert.True(await forger.ReceivesNothingAsync());
    }
}
