namespace Waste.Scheduling.Policies;

/// <summary>Every bin, every day: the fixed round most cities run.</summary>
public sealed class DailyPolicy : ICollectionPolicy
{
    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins) =>
        ScheduledDay.Plan(day, bins, _ => true, DecisionRule.EveryDay, DecisionRule.EveryDay);
}
