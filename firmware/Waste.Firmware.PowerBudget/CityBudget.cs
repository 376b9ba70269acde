using MathNet.Numerics.Statistics;

namespace Waste.Firmware.PowerBudget;

/// <summary>How long one cell lasts across a city's bins under one sampling policy.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Battery">The cell.</param>
/// <param name="Years">Battery life at <see cref="FillRateDistribution.Probabilities"/> of the bins, years (p10 is
/// the tenth of the bins that last the least).</param>
/// <param name="ShareMeetingGoal">Share of the bins that last at least <see cref="BudgetReport.GoalYears"/>.</param>
public sealed record CityBudget(string Policy, Battery Battery, IReadOnlyList<double> Years, double ShareMeetingGoal)
{
    /// <summary>The median bin's life, years.</summary>
    public double MedianYears => Years[2];

    /// <summary>Weighs each bin of <paramref name="city"/>: what <paramref name="policy"/> makes it do a day at its fill
    /// rate, with <paramref name="radio"/>, on <paramref name="battery"/>.</summary>
    public static CityBudget Of(
        FillRateDistribution city, string policyName, Func<double, WakeCounts> policy, Battery battery, RadioProfile radio)
    {
        var years = city.PercentPerDay.Select(rate => battery.LifeDays(DailyEnergy.Of(policy(rate), radio).MilliampHoursPerDay) / 365.25).ToArray();
        return new CityBudget(
            policyName,
            battery,
            [.. FillRateDistribution.Probabilities.Select(p => years.Quantile(p))],
            years.Count(y => y >= BudgetReport.GoalYears) / (double)years.Length);
    }
}
