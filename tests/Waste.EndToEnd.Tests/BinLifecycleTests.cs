using System.Net.Http.Json;
using System.Text.Json;

namespace Waste.EndToEnd.Tests;

/// <summary>A bin's life through the whole cloud: it fills, overflows, is emptied, catches fire and goes quiet; the
/// API shows the forecast, the alerts and the ward's totals.</summary>
public sealed class BinLifecycleTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private async Task<(RawDevice Device, string Id)> BinAsync(string prefix)
    {
        var device = new RawDevice((await cloud.RegisterBinsAsync(prefix, 1))[0], cloud.Clock);
        await device.ConnectAsync();
        return (device, device.DeviceId);
    }

    private static string Topic(string id) => $"devices/{id}/messages/events/";

    private async Task<JsonElement[]> AlertsAsync(string deviceId) =>
        [.. (await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/alerts?device={deviceId}")).EnumerateArray()];

    [Fact]
    public async Task A_filling_bin_gets_a_forecast_overflows_is_emptied_and_its_ward_counts_the_collection()
    {
        var (device, id) = await BinAsync("life-fill-");
        await using var _ = device;
        var start = cloud.Clock.GetUtcNow();
        long seq = 0;

        // Two days filling 2 points an hour from 10 %, read every 30 minutes, to the rim.
        for (var t = start; t < start.AddHours(46); t = t.AddMinutes(30))
        {
            var fill = Math.Min(100, 10 + 2 * (t - start).TotalHours);
            cloud.Clock.SetUtcNow(t.ToUniversalTime());
            await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", t, new { seq = seq++, t = TestTelemetry.Seconds(t), fill_pct = fill, dist_m = 1.05 - 0.95 * fill / 100 }));
        }

        var forecast = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}/forecast?hours=24");
        Assert.InRange(forecast.GetProperty("levelPercent").GetDouble(), 95, 100);
        Assert.True(forecast.GetProperty("threshold").GetProperty("expected").GetDateTimeOffset() <= forecast.GetProperty("levelAt").GetDateTimeOffset());
        var overflow = (await AlertsAsync(id)).Single(a => a.GetProperty("kind").GetString() == "BinOverflow");
        Assert.Equal("Open", overflow.GetProperty("state").GetString());

        // Emptied: two readings near the floor confirm it.
        var emptiedAt = cloud.Clock.GetUtcNow().AddMinutes(30);
        foreach (var t in new[] { emptiedAt, emptiedAt.AddMinutes(30) })
        {
            cloud.Clock.SetUtcNow(t.ToUniversalTime());
            await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", t, new { seq = seq++, t = TestTelemetry.Seconds(t), fill_pct = 3, dist_m = 1.02 }));
        }

        var snapshot = (await cloud.GetDeviceAsync(id)).GetProperty("bin");
        var collection = snapshot.GetProperty("recentCollections").EnumerateArray().Single();
        Assert.Equal(emptiedAt, collection.GetProperty("time").GetDateTimeOffset());
        Assert.InRange(collection.GetProperty("fillBeforePercent").GetDouble(), 95, 100);
        var seenByPlanner = (await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}/forecast?hours=24")).GetProperty("recentCollections").EnumerateArray().Single();
        Assert.Equal(emptiedAt, seenByPlanner.GetProperty("time").GetDateTimeOffset());
        var resolved = (await AlertsAsync(id)).Single(a => a.GetProperty("kind").GetString() == "BinOverflow");
        Assert.Equal("Resolved", resolved.GetProperty("state").GetString());
        Assert.Equal("system", resolved.GetProperty("resolvedBy").GetString());

        var day = DateOnly.FromDateTime(emptiedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var days = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/zones/Thủ Dầu Một/Phú Cường/days?from={start.AddDays(-1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        var litres = days.EnumerateArray().Sum(d => d.GetProperty("collectedLitres").TryGetProperty("Residual", out var l) ? l.GetDouble() : 0);
        var overflowHours = days.EnumerateArray().Sum(d => d.GetProperty("overflowBinHours").GetDouble());
        Assert.InRange(litres, 0.9 * 240 * 0.92, 240);
        Assert.True(overflowHours > 0, "overflow hours were counted");
    }

    [Fact]
    public async Task A_fire_raises_an_alert_that_people_acknowledge_and_resolve_with_notes()
    {
        var (device, id) = await BinAsync("life-fire-");
        await using var _ = device;
        var t = cloud.Clock.GetUtcNow();

        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", t, new { seq = 0, t = TestTelemetry.Seconds(t), fill_pct = 40, temp_c = 31 }));
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", t, new { seq = 1, t = TestTelemetry.Seconds(t.AddMinutes(5)), fill_pct = 40, temp_c = 55 }));

        var fire = (await AlertsAsync(id)).Single(a => a.GetProperty("kind").GetString() == "BinFire");
        var alertId = fire.GetProperty("id").GetString();
        cloud.Clock.Advance(TimeSpan.FromMinutes(7));
        var acknowledged = await cloud.Http.PostAsJsonAsync($"/api/alerts/{alertId}/acknowledge", new { by = "maintenance-1", note = "crew on the way" });
        cloud.Clock.Advance(TimeSpan.FromMinutes(40));
        var resolved = await cloud.Http.PostAsJsonAsync($"/api/alerts/{alertId}/resolve", new { by = "maintenance-1", note = "smouldering cardboard, put out" });
        var again = await cloud.Http.PostAsJsonAsync($"/api/alerts/{alertId}/resolve", new { by = "someone" });

        Assert.True(acknowledged.IsSuccessStatusCode);
        var final = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Resolved", final.GetProperty("state").GetString());
        Assert.Equal(2, final.GetProperty("notes").GetArrayLength());
        // Raised at the second reading (31 to 55 °C in five minutes), acknowledged seven minutes after the first.
        Assert.Equal(t.AddMinutes(5), final.GetProperty("raisedAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromMinutes(2), TimeSpan.Parse(final.GetProperty("timeToAcknowledge").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        var statistics = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/alerts/statistics?device={id}");
        Assert.Equal(1, statistics.GetProperty("count").GetInt32());
        Assert.Equal(0, statistics.GetProperty("unresolved").GetInt32());
    }

    [Fact]
    public async Task A_silent_bin_is_found_offline_on_the_event_clock_and_back_online_with_its_next_message()
    {
        var (device, id) = await BinAsync("life-silent-");
        await using var _ = device;
        var t = cloud.Clock.GetUtcNow();
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", t, new { seq = 0, t = TestTelemetry.Seconds(t), fill_pct = 20 }));

        cloud.Clock.Advance(TimeSpan.FromHours(12));
        Assert.DoesNotContain(await AlertsAsync(id), a => a.GetProperty("kind").GetString() == "Offline");
        cloud.Clock.Advance(TimeSpan.FromHours(1.5));
        await Eventually.TrueAsync(() => AlertsAsync(id).Result.Any(a => a.GetProperty("kind").GetString() == "Offline"));

        var back = cloud.Clock.GetUtcNow();
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", back, new { seq = 1, t = TestTelemetry.Seconds(back), fill_pct = 22 }));
        var offline = (await AlertsAsync(id)).Single(a => a.GetProperty("kind").GetString() == "Offline");
        Assert.Equal("Resolved", offline.GetProperty("state").GetString());
        Assert.Equal(t.AddHours(13), offline.GetProperty("raisedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_tilted_bin_with_a_low_battery_and_a_stuck_sensor_raises_one_alert_of_each_kind()
    {
        var (device, id) = await BinAsync("life-faults-");
        await using var _ = device;
        var t = cloud.Clock.GetUtcNow();
        var readings = Enumerable.Range(0, 30).Select(i => (object)new
        {
            seq = i,
            t = TestTelemetry.Seconds(t.AddMinutes(30 * i)),
            fill_pct = 50,
            dist_m = 0.575,
            batt_v = 3.2,
            alarms = i >= 10 ? new[] { "tilt" } : Array.Empty<string>(),
        }).ToArray();
        cloud.Clock.SetUtcNow(t.AddMinutes(30 * 29).ToUniversalTime());

        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "bin", cloud.Clock.GetUtcNow(), readings));

        var kinds = (await AlertsAsync(id)).Select(a => a.GetProperty("kind").GetString()!).Order().ToArray();
        Assert.Equal(["BinTilt", "LowBattery", "SensorFault"], kinds);

        // The stuck readings are not believed: the forecast starts from the first of them and rises at the ward's
        // rates, its band widening, instead of saying the bin stays at 50 % for sure.
        var forecast = await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{id}/forecast?hours=24");
        Assert.Equal(t, forecast.GetProperty("levelAt").GetDateTimeOffset());
        Assert.True(forecast.GetProperty("mostlyPrior").GetBoolean());
        var points = forecast.GetProperty("projection").GetProperty("points").EnumerateArray().ToList();
        static double Width(JsonElement point) => point.GetProperty("high").GetDouble() - point.GetProperty("low").GetDouble();
        Assert.True(points[^1].GetProperty("expected").GetDouble() >= 60, points[^1].ToString());
        Assert.True(Width(points[^1]) >= 2 * Width(points[0]) && Width(points[^1]) >= 10, $"{points[0]} then {points[^1]}");
    }
}
