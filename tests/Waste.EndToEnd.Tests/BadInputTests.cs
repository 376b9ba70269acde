using MQTTnet;

namespace Waste.EndToEnd.Tests;

/// <summary>What a device sends wrong is dropped with a counted reason; its connection and its grain live on.</summary>
public sealed class BadInputTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task Malformed_and_oversized_payloads_are_counted_and_the_same_connection_then_stores_a_good_reading()
    {
        var device = (await cloud.RegisterBinsAsync("bad-input-", 1))[0];
        await using var connection = new Waste.Simulation.Devices.DeviceConnection(device, cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.Success, await connection.ConnectAsync(CancellationToken.None));
        var malformedBefore = cloud.Metrics.Total("messages.rejected.Malformed");
        var oversizeBefore = cloud.Metrics.Total("messages.rejected.Oversize");
        var rangeBefore = cloud.Metrics.Total("readings.rejected.ValueOutOfRange");
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();

        await connection.PublishTelemetryAsync("{ this is not json", CancellationToken.None);
        await connection.PublishTelemetryAsync(new string('x', 300 * 1024), CancellationToken.None);
        await connection.PublishTelemetryAsync($$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":0,"t":{{now}},"fill_pct":250}]}""", CancellationToken.None);
        await connection.PublishTelemetryAsync($$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":1,"t":{{now}},"fill_pct":42.5}]}""", CancellationToken.None);

        Assert.True(connection.IsConnected);
        Assert.Equal(malformedBefore + 1, cloud.Metrics.Total("messages.rejected.Malformed"));
        Assert.Equal(oversizeBefore + 1, cloud.Metrics.Total("messages.rejected.Oversize"));
        Assert.Equal(rangeBefore + 1, cloud.Metrics.Total("readings.rejected.ValueOutOfRange"));
        var state = (await cloud.GetDeviceAsync(device.DeviceId)).GetProperty("bin");
        Assert.Equal(1, state.GetProperty("readingsStored").GetInt64());
        Assert.Equal(1, state.GetProperty("readingsRejected").GetInt64());
        Assert.Equal(42.5, state.GetProperty("latest").GetProperty("fillPercent").GetDouble());
    }

    [Fact]
    public async Task A_message_published_twice_is_stored_once()
    {
        var device = (await cloud.RegisterBinsAsync("bad-dup-", 1))[0];
        await using var connection = new Waste.Simulation.Devices.DeviceConnection(device, cloud.Clock);
        Assert.Equal(MqttClientConnectResultCode.Success, await connection.ConnectAsync(CancellationToken.None));
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        var message = $$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":5,"t":{{now}},"fill_pct":10},{"seq":6,"t":{{now}},"fill_pct":11}]}""";

        await connection.PublishTelemetryAsync(message, CancellationToken.None);
        await connection.PublishTelemetryAsync(message, CancellationToken.None);

        var state = (await cloud.GetDeviceAsync(device.DeviceId)).GetProperty("bin");
        Assert.Equal(2, state.GetProperty("readingsStored").GetInt64());
        Assert.Equal(2, state.GetProperty("readingsRejected").GetInt64());
    }
}
