using System.Globalization;
using System.Text.Json;
using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class SamplingScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 3600, 6, 20)]
    [InlineData(48.0, 3600, 6, 20)]
    [InlineData(12.5, 3600, 6, 20)]
    [InlineData(11.5, 1800, 3, 10)]
    [InlineData(0.1, 1800, 3, 10)]
    [InlineData(0.0, 1800, 6, 10)]
    [InlineData(-5.0, 1800, 6, 10)]
    public void A_bin_nearing_its_threshold_samples_and_reports_more_often(double? hoursToSoonestCrossing, int period, int heartbeat, int step)
    {
        var schedule = SamplingSchedule.For(Now, hoursToSoonestCrossing is { } hours ? Now.AddHours(hours) : null);

        Assert.Equal(new SamplingSchedule(period, heartbeat, step), schedule);
    }

    [Fact]
    public void Every_schedule_sees_a_fire_or_an_emptying_within_the_hour_and_reports_before_the_offline_alarm()
    {
        foreach (var schedule in new[] { SamplingSchedule.Far, SamplingSchedule.Nearing, SamplingSchedule.Due })
        {
            Assert.InRange(schedule.SamplePeriodSeconds, 60, 3600);
            Assert.InRange(schedule.HeartbeatHours, 1, 6);
        }
    }

    [Fact]
    public void The_patch_names_the_device_protocols_properties_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

            var patch = JsonDocument.Parse(SamplingSchedule.Far.DesiredPatch()).RootElement;

            Assert.Equal(3600, patch.GetProperty("sample_period_s").GetInt32());
            Assert.Equal(6, patch.GetProperty("heartbeat_h").GetInt32());
            Assert.Equal(20, patch.GetProperty("fill_step_pct").GetInt32());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
