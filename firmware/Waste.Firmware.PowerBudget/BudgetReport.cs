using System.Globalization;
using System.Text;
using Waste.Firmware.Core.Config;

namespace Waste.Firmware.PowerBudget;

/// <summary>The power budget as text: the phase table of one scenario, then the comparison of all of them.</summary>
public static class BudgetReport
{
    /// <summary>The goal of the issue: three years on one battery.</summary>
    public const double GoalYears = 3;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The phase table, daily charge and battery life of <paramref name="scenario"/>.</summary>
    public static string Detail(Scenario scenario, UsageAssumptions usage)
    {
        var configuration = scenario.Configuration();
        var energy = DailyEnergy.Of(configuration, scenario.Radio, usage);
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Bin node power budget: {scenario.Name}");
        text.AppendLine(Invariant, $"  configuration: sample every {configuration.SamplePeriodSeconds} s, heartbeat {configuration.Report.HeartbeatHours} h, batch {configuration.Report.BatchMax}, fill step {configuration.Report.FillStepPercent} %");
        text.AppendLine(Invariant, $"  assumed fill rate {usage.FillPercentPerDay} %/day: {energy.WakesPerDay:0.#} wakes, {energy.UploadsPerDay:0.##} uploads a day; radio: {scenario.Radio.Name}");
        text.AppendLine();
        text.AppendLine(Invariant, $"  {"phase",-62} {"mA",8} {"s",8} {"per day",8} {"mAh/day",8}");
        foreach (var line in energy.Lines)
        {
            text.AppendLine(Invariant, $"  {line.Name,-62} {line.Milliamps,8:0.###} {line.Seconds,8:0.##} {line.TimesPerDay,8:0.##} {line.MilliampHoursPerDay,8:0.###}");
        }

        text.AppendLine(Invariant, $"  {"total load",-62} {"",8} {"",8} {"",8} {energy.MilliampHoursPerDay,8:0.###}");
        text.AppendLine();
        text.AppendLine("  deep sleep current:");
        foreach (var sleep in energy.SleepCurrents)
        {
            text.AppendLine(Invariant, $"    {sleep.Name,-44} {sleep.Microamps,6:0.#} µA   {sleep.Source}");
        }

        var battery = scenario.Battery;
        var days = battery.LifeDays(energy.MilliampHoursPerDay);
        text.AppendLine();
        text.AppendLine(Invariant, $"  battery: {battery.Name}, {battery.UsableFraction:P0} usable = {battery.UsableMilliampHours:0} mAh, self-discharge {battery.SelfDischargePercentPerMonth} %/month = {battery.SelfDischargeMilliampHoursPerDay:0.###} mAh/day");
        text.AppendLine(Invariant, $"  battery life: {days:0} days = {days / 365.25:0.00} years (goal {GoalYears:0} years: {(days / 365.25 >= GoalYears ? "met" : "NOT met")})");
        return text.ToString();
    }

    /// <summary>One line per scenario: load, battery, life.</summary>
    public static string Comparison(IReadOnlyList<Scenario> scenarios, UsageAssumptions usage)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"  {"scenario",-58} {"uploads/d",9} {"mAh/day",8} {"years",6}  goal");
        foreach (var scenario in scenarios)
        {
            var energy = DailyEnergy.Of(scenario.Configuration(), scenario.Radio, usage);
            var years = scenario.Battery.LifeDays(energy.MilliampHoursPerDay) / 365.25;
            text.AppendLine(Invariant, $"  {scenario.Name,-58} {energy.UploadsPerDay,9:0.##} {energy.MilliampHoursPerDay,8:0.###} {years,6:0.00}  {(years >= GoalYears ? "met" : "not met")}");
        }

        return text.ToString();
    }

    /// <summary>How the default scenario's life moves with the cell's self-discharge, the least certain figure.</summary>
    public static string SelfDischargeSensitivity(Scenario scenario, UsageAssumptions usage)
    {
        var energy = DailyEnergy.Of(scenario.Configuration(), scenario.Radio, usage);
        var text = new StringBuilder();
        foreach (var percent in new[] { 0.0, 1.0, 2.0, 3.0 })
        {
            var battery = scenario.Battery with { SelfDischargePercentPerMonth = percent };
            text.AppendLine(Invariant, $"  self-discharge {percent} %/month: {battery.LifeDays(energy.MilliampHoursPerDay) / 365.25:0.00} years");
        }

        return text.ToString();
    }

    /// <summary>The defaults the budget starts from, to say so in the output.</summary>
    public static DeviceConfiguration Defaults => DeviceConfiguration.Defaults(NodeKind.Bin);
}
