namespace Waste.Scheduling.Policies;

/// <summary>The bins at or above the collection threshold when the day is planned.</summary>
public sealed class ThresholdPolicy : ICollectionPolicy
{
    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins) =>
        ScheduledDay.Plan(day, bins, bin => bin.LevelPercent >= day.ThresholdPercent, DecisionRule.AtThreshold, DecisionRule.BelowThreshold);
}
