using System.Text.Json;
using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Tests.Telemetry;

public class TelemetryEncoderTests
{
    [Fact]
    public void Encodes_a_batch_with_schema_version_device_and_numbered_readings()
    {
        IReading[] readings =
        [
            new BinReading(41, 1764180000, 0.7123, 63.456, 29.54),
            new BinReading(42, 1764181800, 0.70, 64.7, 29.1),
        ];

        var json = TelemetryEncoder.Encode("bd-tdm-0001", TelemetrySchema.KindBin, ClockSource.Utc, 1764181801, readings, 2);

        Assert.Equal(
            """{"v":1,"dev":"bd-tdm-0001","kind":"bin","clk":"utc","sent":1764181801,"r":[""" +
            """{"seq":41,"t":1764180000,"fill_pct":63.5,"dist_m":0.712,"temp_c":29.5},""" +
            """{"seq":42,"t":1764181800,"fill_pct":64.7,"dist_m":0.7,"temp_c":29.1}]}""",
            json);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json).RootElement.GetProperty("r").ValueKind);
    }

    [Fact]
    public void Encodes_only_the_first_count_readings_and_marks_an_uptime_clock()
    {
        IReading[] readings = [new BinReading(1, 60, 1, 0, 25), new BinReading(2, 120, 1, 0, 25)];

        var root = JsonDocument.Parse(TelemetryEncoder.Encode("b", "bin", ClockSource.Uptime, 130, readings, 1)).RootElement;

        Assert.Equal("up", root.GetProperty("clk").GetString());
        Assert.Equal(1, root.GetProperty("r").GetArrayLength());
    }

    [Fact]
    public void Refuses_a_count_beyond_the_readings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => TelemetryEncoder.Encode("b", "bin", ClockSource.Utc, 0, [], 1));
    }
}
