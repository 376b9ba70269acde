using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waste.Broker.Tests.Broker;

namespace Waste.Broker.Tests;

/// <summary>The cloud-to-device half of the protocol through Mosquitto, in the shared-broker dialect: every
/// <c>$iothub</c> topic under <c>devices/{id}/</c>.</summary>
public sealed class TwinMessagesAndMethodsThroughMosquittoTests(ExternalCloud cloud) : IClassFixture<ExternalCloud>
{
    [Fact]
    public async Task A_device_reads_its_twin_reports_properties_and_receives_a_desired_change()
    {
        const string id = "twin-trip-0001";
        await using var device = await cloud.ConnectedBinAsync(id, $"devices/{id}/$iothub/twin/res/#", $"devices/{id}/$iothub/twin/PATCH/properties/desired/#");

        await device.PublishAsync($"devices/{id}/$iothub/twin/GET/?$rid=1", "");
        var (topic, body) = await device.ReceiveAsync();
        Assert.Equal($"devices/{id}/$iothub/twin/res/200/?$rid=1", topic);
        var twin = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, twin.GetProperty("desired").GetProperty("$version").GetInt64());

        await device.PublishAsync($"devices/{id}/$iothub/twin/PATCH/properties/reported/?$rid=2", """{"fw":"1.2.0","config_version":1}""");
        Assert.Equal($"devices/{id}/$iothub/twin/res/204/?$rid=2&$version=2", (await device.ReceiveAsync()).Topic);

        var patch = await cloud.Http.PatchAsJsonAsync($"/api/devices/{id}/twin/desired", new { sample_period_s = 900 });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var (desiredTopic, desiredBody) = await device.ReceiveAsync();
        Assert.Equal($"devices/{id}/$iothub/twin/PATCH/properties/desired/?$version=2", desiredTopic);
        Assert.Equal(900, JsonDocument.Parse(desiredBody).RootElement.GetProperty("sample_period_s").GetInt32());

        var stored = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}/twin");
        Assert.Equal("1.2.0", stored.GetProperty("reported").GetProperty("fw").GetString());
    }

    [Fact]
    public async Task A_twin_answer_reaches_only_the_device_that_asked()
    {
        await using var asking = await cloud.ConnectedBinAsync("twin-ask-0001", "devices/twin-ask-0001/$iothub/twin/res/#");
        await using var other = await cloud.ConnectedBinAsync("twin-other-0001", "devices/twin-other-0001/$iothub/twin/res/#");

        await asking.PublishAsync("devices/twin-ask-0001/$iothub/twin/GET/?$rid=7", "");

        Assert.Equal("devices/twin-ask-0001/$iothub/twin/res/200/?$rid=7", (await asking.ReceiveAsync()).Topic);
        Assert.True(await other.ReceivesNothingAsync());
    }

    [Fact]
    public async Task A_message_to_a_connected_device_is_delivered_at_once()
    {
        const string id = "c2d-now-0001";
        await using var device = await cloud.ConnectedBinAsync(id, $"devices/{id}/messages/devicebound/#");
        await cloud.Http.PostAsJsonAsync($"/api/devices/{id}/messages", new { cmd = "first" });
        Assert.Equal("first", JsonDocument.Parse((await device.ReceiveAsync()).Payload).RootElement.GetProperty("cmd").GetString());

        var response = await cloud.Http.PostAsJsonAsync($"/api/devices/{id}/messages", new { cmd = "ping" });

        Assert.Equal("Delivered", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var (topic, body) = await device.ReceiveAsync();
        Assert.StartsWith($"devices/{id}/messages/devicebound/", topic);
        Assert.Equal("ping", JsonDocument.Parse(body).RootElement.GetProperty("cmd").GetString());
    }

    [Fact]
    public async Task A_message_to_an_offline_device_waits_for_it_and_arrives_once_it_listens()
    {
        var registered = await cloud.RegisterBinAsync("c2d-later-0001");
        var queued = await cloud.Http.PostAsJsonAsync($"/api/devices/{registered.Id}/messages", new { cmd = "recalibrate_odour" });
        Assert.Equal("Queued", (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        await using var device = cloud.DeviceFor(registered);
        await device.ConnectWhenKnownAsync($"devices/{registered.Id}/messages/devicebound/#");

        Assert.Equal("recalibrate_odour", JsonDocument.Parse((await device.ReceiveAsync()).Payload).RootElement.GetProperty("cmd").GetString());
        Assert.True(await device.ReceivesNothingAsync());
        var pending = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{registered.Id}/messages");
        Assert.Equal(0, pending.GetArrayLength());
    }

    [Fact]
    public async Task A_direct_method_returns_the_devices_answer()
    {
        const string id = "method-ok-0001";
        await using var device = await cloud.ConnectedBinAsync(id, $"devices/{id}/$iothub/methods/POST/#");
        var call = cloud.Http.PostAsJsonAsync($"/api/devices/{id}/methods/ping", new { });

        var (topic, _) = await device.ReceiveAsync();
        Assert.StartsWith($"devices/{id}/$iothub/methods/POST/ping/?$rid=", topic);
        var requestId = topic[(topic.IndexOf("$rid=", StringComparison.Ordinal) + 5)..];
        await device.PublishAsync($"devices/{id}/$iothub/methods/res/200/?$rid={requestId}", """{"uptime_s":42}""");

        var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(42, answer.GetProperty("payload").GetProperty("uptime_s").GetInt32());
    }

    [Fact]
    public async Task A_direct_method_times_out_when_the_device_stays_silent_and_fails_at_once_when_it_is_offline()
    {
        await using var silent = await cloud.ConnectedBinAsync("method-silent-0001", "devices/method-silent-0001/$iothub/methods/POST/#");
        var offline = await cloud.RegisterBinAsync("method-offline-0001");

        var timedOut = await cloud.Http.PostAsJsonAsync($"/api/devices/{silent.DeviceId}/methods/reboot?timeoutSeconds=1", new { });
        var notConnected = await cloud.Http.PostAsJsonAsync($"/api/devices/{offline.Id}/methods/reboot", new { });

        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notConnected.StatusCode);
    }
}
