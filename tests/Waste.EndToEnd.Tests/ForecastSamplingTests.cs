using System.Net.Http.Json;
using System.Text.Json;

namespace Waste.EndToEnd.Tests;

/// <summary>The cloud sets each bin's sampling from its forecast, through its twin: rarely while it is far from its
/// collection threshold, often as it nears it and waits for its truck, rarely again once emptied.</summary>
public sealed class ForecastSamplingTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task A_bins_sampling_and_reporting_periods_change_when_its_forecast_does()
    {
        var device = new RawDevice((await cloud.RegisterBinsAsync("sampling-", 1))[0], cloud.Clock);
        await device.ConnectAsync("$iothub/twin/res/#");
        await using var _ = device;
        var start = cloud.Clock.GetUtcNow();
        long seq = 0;
        async Task ReadAsync(double hours, double fill)
        {
            var t = start.AddHours(hours);
            cloud.Clock.SetUtcNow(t.ToUniversalTime());
            await device.PublishAsync($"devices/{device.DeviceId}/messages/events/",
                TestTelemetry.Message(device.DeviceId, "bin", t, new { seq = seq++, t = TestTelemetry.Seconds(t), fill_pct = fill, dist_m = 1.05 - 0.95 * fill / 100 }));
        }

        // Two points an hour from 10 %, read every half hour: a day and more from 80 %.
        var hour = 0.0;
        for (; hour <= 4; hour += 0.5)
        {
            await ReadAsync(hour, 10 + 2 * hour);
        }

        await SchedulesAsync(device.DeviceId, 3600, 6, 20);

        // Ten points below the threshold: it will cross within hours.
        for (; hour <= 30; hour += 0.5)
        {
            await ReadAsync(hour, 10 + 2 * hour);
        }

        await SchedulesAsync(device.DeviceId, 1800, 3, 10);

        // Past the threshold, waiting for its truck.
        for (; hour <= 38; hour += 0.5)
        {
            await ReadAsync(hour, 10 + 2 * hour);
        }

        await SchedulesAsync(device.DeviceId, 1800, 6, 10);

        // Emptied (two readings near the floor confirm it): far again.
        await ReadAsync(hour, 3);
        await ReadAsync(hour + 0.5, 3);
        await SchedulesAsync(device.DeviceId, 3600, 6, 20);

        // The bin reads its schedule with its twin at its next connection.
        await device.PublishAsync("$iothub/twin/GET/?$rid=1", "");
        var (topic, body) = await device.ReceiveAsync();
        Assert.Equal("$iothub/twin/res/200/?$rid=1", topic);
        Assert.Equal(3600, JsonDocument.Parse(body).RootElement.GetProperty("desired").GetProperty("sample_period_s").GetInt32());
    }

    private async Task SchedulesAsync(string deviceId, int samplePeriodSeconds, int heartbeatHours, int fillStepPercent)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var desired = (await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{deviceId}/twin")).GetProperty("desired");
            if (desired.TryGetProperty("sample_period_s", out var period) && period.GetInt32() == samplePeriodSeconds
                && desired.GetProperty("heartbeat_h").GetInt32() == heartbeatHours
                && desired.GetProperty("fill_step_pct").GetInt32() == fillStepPercent)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var forecast = await cloud.Http.GetStringAsync($"/api/devices/{deviceId}/forecast?hours=12");
                Assert.Fail($"expected {samplePeriodSeconds} s, {heartbeatHours} h, {fillStepPercent} %; desired {desired}; forecast {forecast}");
            }

            await Task.Delay(50);
        }
    }
}
