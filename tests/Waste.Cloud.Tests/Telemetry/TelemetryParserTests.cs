using System.Buffers;
using System.Text;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Telemetry;

public class TelemetryParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764180000);

    private static TelemetryParseResult Parse(string json, string topicDevice = "bin-0001") =>
        TelemetryParser.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), topicDevice, Now);

    [Fact]
    public void Reads_a_batch_of_bin_readings()
    {
        var result = Parse("""
            {"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1764179990,"r":[
              {"seq":7,"t":1764178200,"fill_pct":41.5,"dist_m":0.66,"temp_c":30.1},
              {"seq":8,"t":1764179990,"fill_pct":43,"dist_m":0.64,"temp_c":30.4,"future_field":"ignored"}]}
            """);

        var message = Assert.IsType<TelemetryMessage>(result.Message);
        Assert.Equal("bin-0001", message.DeviceId);
        Assert.Equal(DeviceKind.Bin, message.Kind);
        Assert.Equal(Now, message.ReceivedAt);
        Assert.Equal([7L, 8L], message.Readings.Select(r => r.Sequence));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764178200), message.Readings[0].Time);
        Assert.Equal(41.5, message.Readings[0].FillPercent);
        Assert.Equal(0.64, message.Readings[1].DistanceMetres);
        Assert.Equal(30.4, message.Readings[1].TemperatureCelsius);
    }

    [Fact]
    public void Moves_uptime_stamps_onto_utc_by_the_arrival_time()
    {
        // Sent 600 s after boot, received at Now: a reading taken 300 s after boot happened at Now - 300 s.
        var result = Parse("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"up","sent":600,"r":[{"seq":0,"t":300,"fill_pct":1}]}""");

        Assert.Equal(Now.AddSeconds(-300), result.Message!.Readings[0].Time);
        Assert.Equal(Now, result.Message.SentAt);
    }

    [Fact]
    public void Takes_null_as_not_measured()
    {
        var result = Parse("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"seq":0,"t":1,"fill_pct":null}]}""");

        Assert.Null(result.Message!.Readings[0].FillPercent);
    }

    [Theory]
    [InlineData("not json", RejectionReason.Malformed)]
    [InlineData("[]", RejectionReason.Malformed)]
    [InlineData("""{"dev":"bin-0001"}""", RejectionReason.Malformed)]
    [InlineData("""{"v":2,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[]}""", RejectionReason.UnsupportedSchemaVersion)]
    [InlineData("""{"v":"1","dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0002","kind":"bin","clk":"utc","sent":1,"r":[]}""", RejectionReason.DeviceMismatch)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"lamp","clk":"utc","sent":1,"r":[]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"gps","sent":1,"r":[]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":{}}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"t":1}]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"seq":-1,"t":1}]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"seq":1,"t":1,"fill_pct":"50"}]}""", RejectionReason.Malformed)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"seq":1,"t":99999999999999}]}""", RejectionReason.ClockSkew)]
    [InlineData("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{"seq":1,"t":1,"temp_c":1e999}]}""", RejectionReason.Malformed)]
    public void Refuses_what_is_not_a_telemetry_message_with_its_reason(string json, RejectionReason reason)
    {
        var result = Parse(json);

        Assert.Null(result.Message);
        Assert.Equal(reason, result.Reason);
        Assert.NotEmpty(result.Detail);
    }

    [Fact]
    public void Refuses_a_payload_over_256_kilobytes_without_reading_it()
    {
        var result = Parse(new string(' ', TelemetryLimits.MaxPayloadBytes + 1));

        Assert.Equal(RejectionReason.Oversize, result.Reason);
    }

    [Fact]
    public void Refuses_more_readings_than_a_message_may_carry()
    {
        var readings = string.Join(',', Enumerable.Range(0, TelemetryLimits.MaxReadingsPerMessage + 1).Select(i => $$"""{"seq":{{i}},"t":1}"""));

        var result = Parse($$"""{"v":1,"dev":"bin-0001","kind":"bin","clk":"utc","sent":1,"r":[{{readings}}]}""");

        Assert.Equal(RejectionReason.TooManyReadings, result.Reason);
    }

    [Fact]
    public void Never_throws_on_random_bytes_or_mangled_messages()
    {
        var random = new Random(23);
        var valid = Encoding.UTF8.GetBytes("""{"v":1,"dev":"bin-0001","kind":"bin","clk":"up","sent":600,"r":[{"seq":0,"t":300,"fill_pct":1,"dist_m":0.5,"temp_c":30}]}""");
        for (var trial = 0; trial < 20_000; trial++)
        {
            byte[] payload;
            if (trial % 2 == 0)
            {
                payload = new byte[random.Next(0, 300)];
                random.NextBytes(payload);
            }
            else
            {
                payload = (byte[])valid.Clone();
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    payload[random.Next(payload.Length)] = (byte)random.Next(32, 127);
                }
            }

            var result = TelemetryParser.Parse(new ReadOnlySequence<byte>(payload), "bin-0001", Now);

            Assert.True(result.Message is not null ^ result.Reason is not null);
        }
    }
}
