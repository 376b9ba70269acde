namespace Waste.Routing.Planning;

/// <summary>The times the stop selection compares forecasts against.</summary>
/// <param name="NextPossibleVisit">When a truck could next come if a bin is not collected in this plan (e.g. the next day's shift start).</param>
/// <param name="HorizonEnd">How far ahead an early collection is still worth considering.</param>
/// <param name="OverflowPenalty">What an overflowing bin costs, in the fleet's cost units: the skip penalty of the most urgent optional stop.</param>
public sealed record PlanningWindow(DateTimeOffset NextPossibleVisit, DateTimeOffset HorizonEnd, double OverflowPenalty = 1000);
