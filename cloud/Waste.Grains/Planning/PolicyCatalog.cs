using Waste.Scheduling;
using Waste.Scheduling.Policies;
using Waste.Scheduling.Policies.Anticipatory;
using Waste.Scheduling.Policies.TunedStatic;

namespace Waste.Grains.Planning;

/// <summary>The collection policy behind each <see cref="SelectionPolicy"/>, with the city's settings.</summary>
public static class PolicyCatalog
{
    /// <summary>The policy named by <paramref name="policy"/>.</summary>
    public static ICollectionPolicy For(SelectionPolicy policy, PlanningOptions options) => policy switch
    {
        SelectionPolicy.Forecast => new ForecastPolicy(),
        SelectionPolicy.Daily => new DailyPolicy(),
        SelectionPolicy.EveryOtherDay => new EveryNDaysPolicy(2, StableHash.Of),
        SelectionPolicy.Threshold => new ThresholdPolicy(),
        SelectionPolicy.TunedStatic => new TunedStaticPolicy(options.TunedStatic),
        SelectionPolicy.Anticipatory => new AnticipatoryPolicy(options.Anticipatory),
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "no such policy"),
    };
}
