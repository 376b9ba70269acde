using Waste.Firmware.Core.Config;
using Waste.Firmware.PowerBudget;

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

    private static double Uploads(string desired)
    {
        var scenario = new Scenario("policy", desired, Battery.LiIon18650, RadioProfile.WifiTlsMqtt);
        return DailyEnergy.Of(scenario.Configuration(), scenario.Radio, NoEarlySends).UploadsPerDay;
    }
}
