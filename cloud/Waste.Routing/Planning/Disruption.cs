namespace Waste.Routing.Planning;

/// <summary>Something that happened during the day that the plan must answer.</summary>
/// <param name="At">When it happened.</param>
public abstract record Disruption(DateTimeOffset At);

/// <summary>A truck broke down or was taken off the road; it serves nothing more today.</summary>
/// <param name="VehicleId">The truck.</param>
/// <param name="At">When.</param>
public sealed record VehicleOutOfService(string VehicleId, DateTimeOffset At) : Disruption(At);

/// <summary>A crew could not collect a stop (blocked access, bin missing ...); it is not planned again today.</summary>
/// <param name="StopId">The stop.</param>
/// <param name="At">When.</param>
/// <param name="Reason">What the crew reported.</param>
public sealed record StopSkipped(string StopId, DateTimeOffset At, string Reason) : Disruption(At);
