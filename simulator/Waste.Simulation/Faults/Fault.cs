namespace Waste.Simulation.Faults;

/// <summary>One injected fault: what, on which device (or ward, for an outage), from when until when.</summary>
public sealed record Fault(FaultKind Kind, string Target, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>True while the fault is active at <paramref name="at"/>.</summary>
    public bool IsActiveAt(DateTimeOffset at) => at >= Start && at < End;
}
