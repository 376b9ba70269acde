using System.Globalization;
using System.Text;
using Waste.Firmware.Core.Config;

namespace Waste.Firmware.PowerBudget;

/// <summary>The power budget as text: the phase table of one scenario, then the comparison of all of them.</summary>
public static class BudgetReport
{
    /// <summary>The goal: five years on one battery, as sensor vendors sell.</summary>
    public const double GoalYears = 5;

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

    /// <summary>Battery life across <paramref name="city"/>'s bins: each cell under the firmware's default policy and
    /// under the cloud's forecast-driven sampling (<paramref name="cycle"/>), one line each.</summary>
    public static string City(FillRateDistribution city, FillCycle cycle, RadioProfile radio)
    {
        var defaults = Defaults;
        var text = new StringBuilder();
        var rates = city.PercentPerDay.Order().ToArray();
        text.AppendLine(Invariant, $"  {city.PercentPerDay.Count} bins from {city.Name}; fill rate p10 / p50 / p90: {rates[rates.Length / 10]:0.#} / {rates[rates.Length / 2]:0.#} / {rates[rates.Length * 9 / 10]:0.#} % a day");
        text.AppendLine(Invariant, $"  collection at {cycle.ThresholdPercent:0} %, {cycle.CollectionDelayHours:0.#} h after the bin reaches it; radio: {radio.Name}");
        text.AppendLine();
        text.AppendLine(Invariant, $"  {"policy",-28} {"cell",-36} {"years: p10",10} {"p25",6} {"p50",6} {"p75",6} {"p90",6}  {"bins >= " + GoalYears.ToString(Invariant) + " y",12}");
        foreach (var (policy, counts) in new (string, Func<double, WakeCounts>)[]
        {
            ("default policy (fixed)", rate => cycle.Fixed(defaults, rate)),
            ("forecast-driven sampling", cycle.ForecastDriven),
        })
        {
            foreach (var battery in Battery.Candidates)
            {
                var budget = CityBudget.Of(city, policy, counts, battery, radio);
                text.AppendLine(Invariant, $"  {policy,-28} {battery.Name,-36} {budget.Years[0],10:0.00} {budget.Years[1],6:0.00} {budget.Years[2],6:0.00} {budget.Years[3],6:0.00} {budget.Years[4],6:0.00}  {budget.ShareMeetingGoal,12:P0}");
            }
        }

        text.AppendLine();
        text.AppendLine(Invariant, $"  forecast-driven sampling, years by fill rate (% a day):");
        var shown = new[] { 10.0, 20, 35, 50, 75, 100, 150 };
        text.AppendLine(Invariant, $"  {"cell",-36} {string.Join(" ", shown.Select(r => r.ToString("0", Invariant).PadLeft(6)))}");
        foreach (var battery in Battery.Candidates)
        {
            var years = shown.Select(rate => battery.LifeDays(DailyEnergy.Of(cycle.ForecastDriven(rate), radio).MilliampHoursPerDay) / 365.25);
            text.AppendLine(Invariant, $"  {battery.Name,-36} {string.Join(" ", years.Select(y => y.ToString("0.00", Invariant).PadLeft(6)))}");
        }

        return text.ToString();
    }

    /// <summary>The defaults the budget starts from, to say so in the output.</summary>
    public static DeviceConfiguration Defaults => DeviceConfiguration.Defaults(NodeKind.Bin);
}
