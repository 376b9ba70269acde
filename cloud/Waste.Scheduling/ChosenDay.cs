using Waste.Routing.Modelling;

namespace Waste.Scheduling;

/// <summary>A depot's day as a policy settled it: the day's routing model (what a re-plan starts from), the day's
/// routes, and each bin's decision.</summary>
/// <param name="Model">The model of the day alone.</param>
/// <param name="Plan">The day's routes.</param>
/// <param name="Decisions">Why each bin is in the day's plan or waits.</param>
public sealed record ChosenDay(RoutingModel Model, RoutePlan Plan, IReadOnlyList<BinDecision> Decisions);
