using System.Globalization;
using System.Text.Json;
using CsCheck;
using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Tests.Telemetry;

/// <summary>What the encoder writes keeps to docs/device-protocol.md: only the documented members for the kind, with
/// their documented decimals, alarm and fault names from the documented lists.</summary>
public class ProtocolConformanceTests
{
    private static readonly Dictionary<string, int> BinMembers = new()
    {
        ["seq"] = 0, ["t"] = 0, ["fill_pct"] = 1, ["dist_m"] = 3, ["temp_c"] = 1, ["batt_v"] = 2, ["alarms"] = -1, ["faults"] = -1,
    };

    private static readonly Dictionary<string, int> ToiletMembers = new()
    {
        ["seq"] = 0, ["t"] = 0, ["occ"] = -1, ["visits"] = 0, ["occ_s"] = 0, ["nh3_ppm"] = 1, ["h2s_ppm"] = 2,
        ["temp_c"] = 1, ["batt_v"] = 2, ["alarms"] = -1, ["faults"] = -1,
    };

    private static readonly string[] Alarms = ["fire", "tilt", "lid_open", "low_battery", "odour", "stuck_occupied", "leak", "supplies_low"];

    private static readonly string[] Faults = ["no_echo", "out_of_range", "stuck", "odour_sensor", "temperature_sensor"];

    private static readonly Gen<double> MaybeMeasured = Gen.Frequency((4, Gen.Double[0, 100]), (1, Gen.Const(double.NaN)));

    private static readonly Gen<string[]> AlarmNames = Gen.Int[0, Alarms.Length - 1].Select(i => Alarms[i]).Array[0, 3];

    private static readonly Gen<string[]> FaultNames = Gen.Int[0, Faults.Length - 1].Select(i => Faults[i]).Array[0, 2];

    [Fact]
    public void Bin_messages_carry_only_documented_members_with_their_decimals()
    {
        Gen.Select(MaybeMeasured, MaybeMeasured, MaybeMeasured, AlarmNames, FaultNames).Sample((fill, distance, temperature, alarms, faults) =>
        {
            IReading[] readings = [new BinReading(3, 1764180000, distance / 20, fill, temperature - 20, 3.912345, alarms, faults)];

            var json = TelemetryEncoder.Encode("bin-1", TelemetrySchema.KindBin, ClockSource.Utc, 1764180001, 0, readings, 1);

            AssertConforms(json, "bin", BinMembers);
        });
    }

    [Fact]
    public void Toilet_messages_carry_only_documented_members_with_their_decimals()
    {
        Gen.Select(MaybeMeasured, MaybeMeasured, Gen.Bool, AlarmNames, FaultNames).Sample((nh3, h2s, occupied, alarms, faults) =>
        {
            IReading[] readings = [new ToiletReading(9, 120, occupied, 3, 245, nh3, h2s / 10, double.NaN, double.NaN, alarms, faults)];

            var json = TelemetryEncoder.Encode("wc-1", TelemetrySchema.KindToilet, ClockSource.Uptime, 121, 2, readings, 1);

            AssertConforms(json, "toilet", ToiletMembers);
        });
    }

    private static void AssertConforms(string json, string kind, Dictionary<string, int> members)
    {
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, root.GetProperty("v").GetInt32());
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        Assert.True(root.GetProperty("drop").GetInt64() >= 0);
        foreach (var reading in root.GetProperty("r").EnumerateArray())
        {
            foreach (var member in reading.EnumerateObject())
            {
                Assert.True(members.TryGetValue(member.Name, out var decimals), $"undocumented member {member.Name} for {kind}");
                switch (member.Value.ValueKind)
                {
                    case JsonValueKind.Number:
                        var text = member.Value.GetRawText();
                        var written = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                        Assert.True(written <= decimals, $"{member.Name} = {text}: more than {decimals} decimals");
                        Assert.True(double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture)));
                        break;
                    case JsonValueKind.Array:
                        var allowed = member.Name == "alarms" ? Alarms : Faults;
                        Assert.NotEqual(0, member.Value.GetArrayLength());
                        Assert.All(member.Value.EnumerateArray(), name => Assert.Contains(name.GetString(), allowed));
                        break;
                    case JsonValueKind.True:
                    case JsonValueKind.False:
                        Assert.Equal("occ", member.Name);
                        break;
                    default:
                        Assert.Fail($"{member.Name} is {member.Value.ValueKind}: a value not measured is left out, never null");
                        break;
                }
            }
        }
    }
}
