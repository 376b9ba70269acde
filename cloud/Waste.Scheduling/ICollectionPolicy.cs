namespace Waste.Scheduling;

/// <summary>
/// A way of choosing which bins to empty on which day. It turns a depot's bins and their forecasts into a routing
/// model for the optimiser, with a decision for every bin; the plan it returns then reads the solved routes back into
/// the day's plan (<see cref="PolicyPlan.Choose"/>).
/// </summary>
public interface ICollectionPolicy
{
    /// <summary>The model to solve for <paramref name="day"/> and what the policy decided for each of <paramref name="bins"/>.</summary>
    PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins);
}
