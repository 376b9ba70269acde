using System.Text;
using System.Text.Json;
using MQTTnet;

namespace Waste.EndToEnd.Tests;

/// <summary>Thousands of random and mangled payloads on a device's own telemetry topic: every one is counted as
/// received and then either refused whole under its reason or each of its readings counted as stored, held or refused
/// under its reason; the connection and the grain live on, and a good reading sent afterwards is stored.</summary>
public sealed class FuzzedTelemetryTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private static readonly string[] Members = ["v", "dev", "kind", "clk", "sent", "r", "seq", "t", "fill_pct", "dist_m", "temp_c", "batt_v", "occ", "visits", "alarms", "faults", "drop"];
    private static readonly string[] Values = ["0", "-1", "1e999", "NaN", "null", "true", "\"\"", "\"bin\"", "[]", "{}", "[1,2]", "9223372036854775807", "1.5", "\"\\u0000\"", "[\"fire\"]", "[\"FIRE!\"]"];

    [Fact]
    public async Task Three_thousand_random_payloads_never_break_the_connection_the_broker_or_the_grain()
    {
        var credentials = (await cloud.RegisterBinsAsync("fuzz-", 1))[0];
        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync();
        var id = device.DeviceId;
        var topic = $"devices/{id}/messages/events/";
        var random = new Random(43);
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        var messagesBefore = cloud.Metrics.Total("messages");
        var unaccounted = new List<string>();

        for (var i = 0; i < 3000; i++)
        {
            // QoS 1: the hub acknowledges once it has handled (and counted) the message.
            var before = Counted();
            var payload = Payload(random, id, now, i);
            await device.PublishAsync(topic, payload);
            var after = Counted();
            var refusedWhole = after.Messages == before.Messages + 1 && after.MessagesRefused == before.MessagesRefused + 1 && after.Readings == before.Readings;
            var readEach = after.Messages == before.Messages + 1 && after.MessagesRefused == before.MessagesRefused && after.Readings - before.Readings >= ReadingsIn(payload);
            if (!refusedWhole && !readEach)
            {
                unaccounted.Add($"{payload} -> {before} then {after}");
            }
        }

        // Far ahead of whatever the fuzz left: the second reading follows the first, so the device's jump is taken.
        await device.PublishAsync(topic, $$"""{"v":1,"dev":"{{id}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":999999,"t":{{now - 1}},"fill_pct":41},{"seq":1000000,"t":{{now}},"fill_pct":42}]}""");

        Assert.True(device.IsConnected);
        Assert.Empty(unaccounted);
        Assert.Equal(messagesBefore + 3001, cloud.Metrics.Total("messages"));
        var bin = (await cloud.GetDeviceAsync(id)).GetProperty("bin");
        Assert.Equal(1000000, bin.GetProperty("highestSequence").GetInt64());
        Assert.Equal(42, bin.GetProperty("latest").GetProperty("fillPercent").GetDouble());
    }

    // Every message counted once; refused whole (under its reason), or each of its readings stored, held or refused
    // (under its reason).
    private Outcomes Counted()
    {
        var totals = cloud.Metrics.Totals();
        long Sum(Func<string, bool> names) => totals.Where(t => names(t.Key)).Sum(t => t.Value);
        return new Outcomes(
            totals.GetValueOrDefault("messages"),
            Sum(name => name.StartsWith("messages.rejected.", StringComparison.Ordinal)),
            Sum(name => name is "readings.accepted" or "readings.held" || name.StartsWith("readings.rejected.", StringComparison.Ordinal)));
    }

    // The readings a payload carries, as far as plain JSON can tell (the hub reads stricter).
    private static int ReadingsIn(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("r", out var readings) && readings.ValueKind == JsonValueKind.Array
                ? readings.GetArrayLength()
                : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static string Payload(Random random, string id, long now, int i) => random.Next(4) switch
    {
        0 => Encoding.Latin1.GetString(Bytes(random, random.Next(0, 400))),
        1 => Mangled(random, $$"""{"v":1,"dev":"{{id}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":{{i}},"t":{{now}},"fill_pct":{{random.Next(-50, 150)}},"dist_m":0.5,"alarms":["tilt"]}]}"""),
        2 => RandomObject(random, depth: 0),
        _ => $$"""{"v":1,"dev":"{{id}}","kind":"bin","clk":"{{(random.Next(2) == 0 ? "utc" : "up")}}","sent":{{random.NextInt64(-1, now * 2)}},"r":[{"seq":{{random.NextInt64(-5, 5000)}},"t":{{random.NextInt64(-1, now * 2)}},"{{Members[random.Next(Members.Length)]}}":{{Values[random.Next(Values.Length)]}}}]}""",
    };

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Mangled(Random random, string json)
    {
        var characters = json.ToCharArray();
        for (var flips = random.Next(1, 5); flips > 0; flips--)
        {
            characters[random.Next(characters.Length)] = (char)random.Next(32, 127);
        }

        return new string(characters);
    }

    private static string RandomObject(Random random, int depth)
    {
        var members = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
        {
            var value = depth < 12 && random.Next(3) == 0 ? RandomObject(random, depth + 1) : Values[random.Next(Values.Length)];
            return $"\"{Members[random.Next(Members.Length)]}\":{value}";
        });
        return "{" + string.Join(",", members) + "}";
    }

    private sealed record Outcomes(long Messages, long MessagesRefused, long Readings);
}
