using System.Net.Http.Json;
using System.Text.Json;

namespace Waste.EndToEnd.Tests;

/// <summary>A public toilet's faults through the whole cloud, and the maintenance board's live stream.</summary>
public sealed class ToiletFaultTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private async Task<(RawDevice Device, string Id)> ToiletAsync(string prefix)
    {
        var device = new RawDevice((await cloud.RegisterToiletsAsync(prefix, 1))[0], cloud.Clock);
        await device.ConnectAsync();
        return (device, device.DeviceId);
    }

    private static string Topic(string id) => $"devices/{id}/messages/events/";

    private async Task<string[]> AlertKindsAsync(string deviceId) =>
        [.. (await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/alerts?device={deviceId}&state=Open")).EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).Order()];

    [Fact]
    public async Task Odour_is_an_alert_only_after_three_smelly_readings_of_five()
    {
        var (device, id) = await ToiletAsync("wc-odour-");
        await using var _ = device;
        var t = cloud.Clock.GetUtcNow();
        double[] ammonia = [30, 5, 31, 4, 5];

        for (var i = 0; i < ammonia.Length; i++)
        {
            await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", t, new { seq = i, t = TestTelemetry.Seconds(t.AddMinutes(i)), nh3_ppm = ammonia[i], h2s_ppm = 0.5 }));
        }

        Assert.Empty(await AlertKindsAsync(id));
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", t, new { seq = 5, t = TestTelemetry.Seconds(t.AddMinutes(5)), nh3_ppm = 33, h2s_ppm = 0.5 }));
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", t, new { seq = 6, t = TestTelemetry.Seconds(t.AddMinutes(6)), nh3_ppm = 35, h2s_ppm = 0.5 }));
        Assert.Equal(["ToiletOdour"], await AlertKindsAsync(id));
    }

    [Fact]
    public async Task Someone_inside_for_over_half_an_hour_a_leak_and_empty_paper_each_raise_their_alert()
    {
        var (device, id) = await ToiletAsync("wc-stuck-");
        await using var _ = device;
        var t = cloud.Clock.GetUtcNow();
        var readings = Enumerable.Range(0, 40).Select(i => (object)new
        {
            seq = i,
            t = TestTelemetry.Seconds(t.AddMinutes(i)),
            occ = true,
            alarms = i == 39 ? new[] { "leak", "supplies_low" } : Array.Empty<string>(),
        }).ToArray();

        cloud.Clock.SetUtcNow(t.AddMinutes(39).ToUniversalTime());

        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", t.AddMinutes(39), readings));

        Assert.Equal(["ToiletLeak", "ToiletStuckOccupied", "ToiletSuppliesLow"], await AlertKindsAsync(id));
    }

    [Fact]
    public async Task A_busy_toilet_without_visits_for_hours_in_opening_hours_raises_no_visits_once_its_readings_show_it()
    {
        var (device, id) = await ToiletAsync("wc-quiet-");
        await using var _ = device;

        // Two weeks of six visits an hour in opening hours, hourly readings: the toilet's own idea of busy.
        var start = cloud.Clock.GetUtcNow();
        foreach (var hours in Enumerable.Range(1, 14 * 24).Chunk(48))
        {
            var readings = hours.Select(i => (object)new
            {
                seq = i,
                t = TestTelemetry.Seconds(start.AddHours(i)),
                occ = false,
                visits = start.AddHours(i).ToOffset(TimeSpan.FromHours(7)).Hour is >= 6 and <= 22 ? 6 : 0,
            }).ToArray();
            cloud.Clock.SetUtcNow(start.AddHours(hours[^1]).ToUniversalTime());
            await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", cloud.Clock.GetUtcNow(), readings));
        }

        // The clock jumped two days before each batch arrived (Offline was raised and ended each time, rightly): the
        // visits were there all along, only not yet sent, so no-visits was never raised, not even for a while.
        Assert.Empty((await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/alerts?device={id}&kind=ToiletNoVisits")).EnumerateArray());

        // Busy hours go on until the next local 9:00; from then on nobody comes. At six an hour, five visits are
        // expected within 50 minutes; the quiet readings themselves lower the hour's rate a little, so the silence is
        // abnormal a little after 9:50, and surely by 10:30.
        var seq = 100_000;
        var local = cloud.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var nine = new DateTimeOffset(local.Date.AddDays(1).AddHours(9), TimeSpan.FromHours(7));
        for (var at = cloud.Clock.GetUtcNow().AddHours(1); at <= nine; at = at.AddHours(1))
        {
            await PublishAsync(at, at.ToOffset(TimeSpan.FromHours(7)).Hour is >= 6 and <= 22 ? 6 : 0);
        }

        await PublishAsync(nine, 6);
        for (var at = nine.AddMinutes(10); at <= nine.AddMinutes(40); at = at.AddMinutes(10))
        {
            await PublishAsync(at, 0);
        }

        // By 10:30 the silence would be abnormal, but no reading covers it yet: the next batch may hold visits.
        cloud.Clock.SetUtcNow(nine.AddMinutes(90).ToUniversalTime());
        Assert.DoesNotContain("ToiletNoVisits", await AlertKindsAsync(id));

        await PublishAsync(nine.AddMinutes(90), 0);
        await Eventually.TrueAsync(() => AlertKindsAsync(id).Result.Contains("ToiletNoVisits"));

        async Task PublishAsync(DateTimeOffset at, int visits)
        {
            cloud.Clock.SetUtcNow(at.ToUniversalTime());
            await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", at, new { seq = seq++, t = TestTelemetry.Seconds(at), occ = false, visits }));
        }
    }

    [Fact]
    public async Task The_live_stream_shows_an_alert_as_it_is_raised()
    {
        var (device, id) = await ToiletAsync("wc-live-");
        await using var _ = device;
        using var stream = await cloud.Http.GetStreamAsync("/api/alerts/stream");
        using var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        var t = cloud.Clock.GetUtcNow();
        await device.PublishAsync(Topic(id), TestTelemetry.Message(id, "toilet", t, new { seq = 0, t = TestTelemetry.Seconds(t), alarms = new[] { "leak" } }));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is not null && line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains(id, StringComparison.Ordinal))
            {
                var alert = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                Assert.Equal("ToiletLeak", alert.GetProperty("kind").GetString());
                break;
            }
        }
    }
}
