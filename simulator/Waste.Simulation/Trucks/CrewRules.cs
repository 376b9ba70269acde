namespace Waste.Simulation.Trucks;

/// <summary>
/// What happens on the street that the plan does not know: a stop blocked (a parked car, a closed alley) with
/// probability <see cref="BlockedShare"/>, a truck breaking down on a day with probability
/// <see cref="BreakdownShare"/>, and the minutes a crew spends at a bin (the planner's service time).
/// </summary>
public sealed record CrewRules
{
    /// <summary>Share of bin stops the crew finds blocked.</summary>
    public double BlockedShare { get; init; } = 0.005;

    /// <summary>Share of truck-days with a breakdown.</summary>
    public double BreakdownShare { get; init; } = 0.01;

    /// <summary>Time at a bin: park, wheel it, tip it, put it back (the planner's <c>Planning:ServiceMinutes</c>).</summary>
    public TimeSpan ServiceTime { get; init; } = TimeSpan.FromMinutes(1.5);
}
