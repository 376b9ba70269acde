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

public class TelemetryEncoderMembersTests
{
    [Fact]
    public void A_message_says_how_many_readings_were_dropped_and_leaves_out_what_was_not_measured()
    {
        IReading[] readings = [new BinReading(7, 60, double.NaN, double.NaN, 30.04, 3.871, ["lid_open"], ["no_echo"])];

        var json = TelemetryEncoder.Encode("b", "bin", ClockSource.Utc, 61, 3, readings, 1);

        Assert.Equal(
            """{"v":1,"dev":"b","kind":"bin","clk":"utc","sent":61,"drop":3,"r":[""" +
            """{"seq":7,"t":60,"temp_c":30,"batt_v":3.87,"alarms":["lid_open"],"faults":["no_echo"]}]}""",
            json);
    }

    [Fact]
    public void A_toilet_reading_carries_occupancy_visits_and_gases()
    {
        IReading[] readings = [new ToiletReading(1, 60, true, 4, 300, 12.34, 0.456, double.NaN, double.NaN, ["stuck_occupied"], [])];

        var json = TelemetryEncoder.Encode("wc", "toilet", ClockSource.Uptime, 61, 0, readings, 1);

        Assert.Contains(
            """{"seq":1,"t":60,"occ":true,"visits":4,"occ_s":300,"nh3_ppm":12.3,"h2s_ppm":0.46,"alarms":["stuck_occupied"]}""",
            json,
            StringComparison.Ordinal);
    }
}
