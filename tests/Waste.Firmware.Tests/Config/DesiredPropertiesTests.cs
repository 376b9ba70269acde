using CsCheck;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Config;

public class DesiredPropertiesTests
{
    private static readonly DeviceConfiguration BinDefaults = DeviceConfiguration.Defaults(NodeKind.Bin);

    [Fact]
    public void The_defaults_are_the_protocols()
    {
        var bin = DeviceConfiguration.Defaults(NodeKind.Bin);
        var toilet = DeviceConfiguration.Defaults(NodeKind.Toilet);

        Assert.Equal(1800, bin.SamplePeriodSeconds);
        Assert.Equal(60, toilet.SamplePeriodSeconds);
        Assert.Equal(6, bin.Report.HeartbeatHours);
        Assert.Equal(48, bin.Report.BatchMax);
        Assert.Equal(10, bin.Report.FillStepPercent);
        Assert.Equal(0.95, bin.Geometry.DepthMetres);
        Assert.Equal(0.10, bin.Geometry.SensorOffsetMetres);
        Assert.Equal(70, bin.Bin.FireTemperatureCelsius);
        Assert.Equal(3, bin.Bin.FireRiseCelsiusPerMinute);
        Assert.Equal(3.4, bin.LowBatteryVolts);
        Assert.Equal(25, toilet.Toilet.AmmoniaPpm);
        Assert.Equal(5, toilet.Toilet.HydrogenSulphidePpm);
        Assert.Equal(3, toilet.Toilet.OdourK);
        Assert.Equal(5, toilet.Toilet.OdourN);
        Assert.Equal(30, toilet.Toilet.StuckOccupiedMinutes);
    }

    [Fact]
    public void A_valid_patch_changes_what_it_names_and_keeps_the_rest()
    {
        var next = Apply(BinDefaults, """{"sample_period_s":900,"bin_depth_m":1.2,"$version":4}""", out var error);

        Assert.Equal("", error);
        Assert.Equal(900, next!.SamplePeriodSeconds);
        Assert.Equal(1.2, next.Geometry.DepthMetres);
        Assert.Equal(0.10, next.Geometry.SensorOffsetMetres);
    }

    [Theory]
    [InlineData("""{"sample_period_s":900,"bin_depth_m":5}""", "bin_depth_m: out of range")]
    [InlineData("""{"sample_period_s":59}""", "sample_period_s: out of range")]
    [InlineData("""{"batch_max":2.5}""", "batch_max: must be a whole number")]
    [InlineData("""{"fire_temp_c":"hot"}""", "fire_temp_c: not a number")]
    [InlineData("""[1,2]""", "desired properties are not an object")]
    public void A_bad_value_refuses_the_whole_patch(string patch, string why)
    {
        Assert.Null(Apply(BinDefaults, patch, out var error));
        Assert.StartsWith(why, error);
    }

    [Fact]
    public void Odour_k_above_n_is_refused_even_when_each_is_in_range()
    {
        var toilet = DeviceConfiguration.Defaults(NodeKind.Toilet);

        Assert.Null(Apply(toilet, """{"odour_k":6}""", out var error, NodeKind.Toilet));
        Assert.StartsWith("odour_k", error);
        Assert.NotNull(Apply(toilet, """{"odour_k":6,"odour_n":8}""", out _, NodeKind.Toilet));
    }

    [Fact]
    public void Null_returns_a_property_to_its_default_and_unknown_or_foreign_names_are_ignored()
    {
        var changed = Apply(BinDefaults, """{"sample_period_s":600}""", out _)!;

        var next = Apply(changed, """{"sample_period_s":null,"colour":"green","nh3_alarm_ppm":9999}""", out var error);

        Assert.Equal("", error);
        Assert.Equal(1800, next!.SamplePeriodSeconds);
        Assert.Equal(25, next.Toilet.AmmoniaPpm);
    }

    [Fact]
    public void Any_patch_is_applied_whole_or_refused_whole_and_never_throws()
    {
        var names = ConfigurationProperties.All.Select(p => p.Name).Concat(["$version", "other"]).ToArray();
        var member = Gen.Select(Gen.Int[0, names.Length - 1].Select(i => names[i]), Gen.Double[-10, 100000], Gen.Bool);
        member.Array[0, 6].Sample(members =>
        {
            var patch = "{" + string.Join(",", members.Select(m =>
                $"\"{m.Item1}\":" + (m.Item3 ? "\"x\"" : m.Item2.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))) + "}";

            var next = Apply(BinDefaults, patch, out var error);

            // The model: the bin's own properties, last one wins, each a number in range, or the whole patch refused.
            var expected = BinDefaults.Values();
            var refused = false;
            foreach (var (name, value, asText) in members)
            {
                var index = ConfigurationProperties.IndexOf(name);
                if (index < 0 || !ConfigurationProperties.All[index].ForBins)
                {
                    continue;
                }

                refused |= asText || ConfigurationProperties.All[index].Check(value).Length > 0;
                expected[index] = value;
            }

            if (refused)
            {
                Assert.Null(next);
                Assert.NotEqual("", error);
            }
            else
            {
                Assert.NotNull(next);
                Assert.All(expected.Zip(next.Values()), pair => Assert.Equal(pair.First, pair.Second, Math.Abs(pair.First) * 1e-15));
            }
        }, iter: 5000);
    }

    private static DeviceConfiguration? Apply(DeviceConfiguration basis, string json, out string error, NodeKind kind = NodeKind.Bin)
    {
        var value = JsonReader.Parse(json, out error);
        Assert.NotNull(value);
        return DesiredProperties.Apply(basis, value, kind, out error);
    }
}
