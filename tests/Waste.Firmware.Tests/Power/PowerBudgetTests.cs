using Waste.Firmware.Core.Config;
using Waste.Firmware.PowerBudget;
using Waste.Forecasting;

namespace Waste.Firmware.Tests.Power;

public class PowerBudgetTests
{
    private static readonly UsageAssumptions NoEarlySends = new(0);

    [Fact]
    public void The_budget_reads_the_firmwares_configuration_so_a_policy_change_changes_it()
    {
        var defaults = new Scenario("defaults", "{}", Battery.LiIon18650, RadioProfile.WifiTlsMqtt);
        var hourly = defaults with { Desired = """{"sample_period_s":3600}""" };

        var atDefaults = DailyEnergy.Of(defaults.Configuration(), defaults.Radio, NoEarlySends);
        var atHourly = DailyEnergy.Of(hourly.Configuration(), hourly.Radio, NoEarlySends);

        Assert.Equal(48, atDefaults.WakesPerDay);
        Assert.Equal(24, atHourly.WakesPerDay);
        Assert.True(atHourly.MilliampHoursPerDay < atDefaults.MilliampHoursPerDay);
    }

    [Fact]
    public void Uploads_follow_the_heartbeat_or_a_full_batch_whichever_comes_first()
    {
        Assert.Equal(4, Uploads("""{"heartbeat_h":6,"batch_max":48}"""));
        Assert.Equal(12, Uploads("""{"heartbeat_h":6,"batch_max":4}"""));
        Assert.Equal(1, Uploads("""{"heartbeat_h":24,"batch_max":48}"""));
    }

    [Fact]
    public void Fill_steps_and_collections_add_early_sends()
    {
        var scenario = new Scenario("steps", """{"heartbeat_h":24,"fill_step_pct":10}""", Battery.LiIon18650, RadioProfile.WifiTlsMqtt);

        var energy = DailyEnergy.Of(scenario.Configuration(), scenario.Radio, new UsageAssumptions(50));

        Assert.Equal(1 + 5 + 0.5, energy.UploadsPerDay, 9);
    }

    [Fact]
    public void A_scenario_the_device_would_refuse_is_refused()
    {
        var scenario = new Scenario("too deep", """{"bin_depth_m":5}""", Battery.LiIon18650, RadioProfile.WifiTlsMqtt);

        var error = Assert.Throws<ArgumentException>(scenario.Configuration);
        Assert.Contains("bin_depth_m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Battery_life_is_the_usable_charge_over_load_plus_self_discharge()
    {
        var cell = new Battery("test", 3000, 0.8, 1.2, "");

        Assert.Equal(3000 * 0.012 * 12 / 365.25, cell.SelfDischargeMilliampHoursPerDay, 12);
        Assert.Equal(2400 / (2 + cell.SelfDischargeMilliampHoursPerDay), cell.LifeDays(2), 9);
    }

    [Fact]
    public void The_sleep_current_counts_the_regulator_and_the_battery_divider()
    {
        var sleep = BinPowerProfile.Sleep(BinPowerProfile.FittedBatteryDivider);

        Assert.Contains(sleep, s => s.Name.Contains("regulator", StringComparison.Ordinal) && s.Microamps > 0);
        Assert.Equal(3.7 / 2e6 * 1e6, sleep.Single(s => s.Name == "battery divider").Microamps, 9);
    }

    [Fact]
    public void Every_schedule_the_cloud_sets_is_one_the_firmware_accepts()
    {
        foreach (var schedule in new[] { SamplingSchedule.Far, SamplingSchedule.Nearing, SamplingSchedule.Due })
        {
            var configuration = FillCycle.Configuration(schedule);

            Assert.Equal(schedule.SamplePeriodSeconds, configuration.SamplePeriodSeconds);
            Assert.Equal(schedule.HeartbeatHours, configuration.Report.HeartbeatHours);
            Assert.Equal(schedule.FillStepPercent, configuration.Report.FillStepPercent);
        }
    }

    [Fact]
    public void A_slow_bin_under_forecast_driven_sampling_wakes_hourly_until_half_a_day_before_its_threshold()
    {
        // 10 % a day to 80 %: 7.5 days far (hourly), half a day nearing and half a day due (half-hourly).
        var counts = new FillCycle(80, 12).ForecastDriven(10);

        Assert.Equal((7.5 * 24 + 0.5 * 48 + 0.5 * 48) / 8.5, counts.WakesPerDay, 9);
        // Far: 4 heartbeats and 10/20 steps a day; nearing: 8 and 10/10; due: 4 and 10/10; one emptying a cycle.
        Assert.Equal((7.5 * (4 + 0.5) + 0.5 * (8 + 1) + 0.5 * (4 + 1) + 1) / 8.5, counts.UploadsPerDay, 9);
    }

    [Fact]
    public void Forecast_driven_sampling_costs_a_slow_bin_less_than_the_fixed_default_and_a_fast_one_no_less_often_sampled()
    {
        var cycle = FillCycle.Default;
        var defaults = DeviceConfiguration.Defaults(NodeKind.Bin);

        Assert.True(DailyEnergy.Of(cycle.ForecastDriven(15), RadioProfile.WifiTlsMqtt).MilliampHoursPerDay
            < DailyEnergy.Of(cycle.Fixed(defaults, 15), RadioProfile.WifiTlsMqtt).MilliampHoursPerDay);
        // A bin that crosses its threshold within half a day of being emptied is never far: it samples half-hourly.
        Assert.Equal(48, cycle.ForecastDriven(200).WakesPerDay, 9);
    }

    [Fact]
    public void The_city_is_built_from_its_days_to_full_at_the_quantiles_given()
    {
        var city = FillRateDistribution.FromDaysToFull("test", [1.3, 2.0, 3.0, 4.5, 6.8], 2000);
        var daysToFull = city.PercentPerDay.Select(rate => 100 / rate).Order().ToArray();

        Assert.Equal(2000, daysToFull.Length);
        Assert.Equal(3.0, daysToFull[1000], 1);
        Assert.Equal(1.3, daysToFull[200], 1);
        Assert.Equal(6.8, daysToFull[1800], 1);
        Assert.Throws<ArgumentException>(() => FillRateDistribution.FromDaysToFull("backwards", [3, 2, 1, 0.5, 0.2]));
    }

    [Fact]
    public void A_citys_battery_life_runs_from_its_fastest_bins_to_its_slowest()
    {
        var city = new FillRateDistribution("two bins", [10, 100]);

        var budget = CityBudget.Of(city, "forecast", FillCycle.Default.ForecastDriven, Battery.LiSocl2D, RadioProfile.WifiTlsMqtt);

        var slow = Battery.LiSocl2D.LifeDays(DailyEnergy.Of(FillCycle.Default.ForecastDriven(10), RadioProfile.WifiTlsMqtt).MilliampHoursPerDay) / 365.25;
        Assert.True(budget.Years[0] < budget.Years[4]);
        Assert.Equal(slow, budget.Years[4], 6);
        Assert.Equal(1.0, budget.ShareMeetingGoal);
    }

    private static double Uploads(string desired)
    {
        var scenario = new Scenario("policy", desired, Battery.LiIon18650, RadioProfile.WifiTlsMqtt);
        return DailyEnergy.Of(scenario.Configuration(), scenario.Radio, NoEarlySends).UploadsPerDay;
    }
}
