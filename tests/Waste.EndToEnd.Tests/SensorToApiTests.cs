using Waste.Simulation;

namespace Waste.EndToEnd.Tests;

/// <summary>The walking skeleton: virtual bins running the firmware core publish over MQTT, the hub authenticates
/// them, grains store their readings, and the HTTP API shows each bin's fill.</summary>
public sealed class SensorToApiTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task Twenty_bins_report_for_ten_simulated_minutes_and_the_api_shows_each_ones_fill()
    {
        var credentials = await cloud.RegisterBinsAsync("e2e-fill-", 20);
        await using var fleet = await BinFleet.ConnectAsync(credentials, cloud.Clock, seed: 1, CancellationToken.None);

        var sent = 0;
        for (var minute = 0; minute < 10; minute++)
        {
            cloud.Clock.Advance(TimeSpan.FromMinutes(1));
            sent += await fleet.StepAsync(CancellationToken.None);
        }

        Assert.Equal(200, sent);
        foreach (var bin in fleet.Bins)
        {
            var device = await cloud.GetDeviceAsync(bin.DeviceId);
            var state = device.GetProperty("bin");
            Assert.Equal(10, state.GetProperty("readingsStored").GetInt64());
            Assert.Equal(9, state.GetProperty("highestSequence").GetInt64());
            var latest = state.GetProperty("latest");
            Assert.Equal(cloud.Clock.GetUtcNow(), latest.GetProperty("time").GetDateTimeOffset());
            var trueFill = 100 * bin.Model.WasteHeightMetres / 0.95;
            Assert.InRange(latest.GetProperty("fillPercent").GetDouble(), trueFill - 1, trueFill + 1);
            Assert.True(trueFill > 0);
        }
    }

    [Fact]
    public async Task An_unregistered_device_is_not_found()
    {
        var response = await cloud.Http.GetAsync("/api/devices/nobody");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
