namespace Waste.Scheduling.Policies;

/// <summary>Every bin every <c>N</c> days, a share of <c>1/N</c> of them each day by their turn (a stable number of the
/// bin: the same bins go together every time).</summary>
/// <param name="days">Days between a bin's collections.</param>
/// <param name="turnOf">A bin's turn: a stable, non-negative number of its id.</param>
public sealed class EveryNDaysPolicy(int days, Func<string, int> turnOf) : ICollectionPolicy
{
    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins) =>
        ScheduledDay.Plan(day, bins, bin => (turnOf(bin.BinId) + day.Day.DayNumber) % Math.Max(1, days) == 0, DecisionRule.Scheduled, DecisionRule.NotScheduled);
}
