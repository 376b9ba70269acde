namespace Waste.Routing.Modelling;

/// <summary>A span of time in which something may start (service at a stop) or must lie (a shift).</summary>
public readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Whether the window does not close before it opens.</summary>
    public bool IsValid => End >= Start;

    /// <summary>Whether <paramref name="time"/> lies in the window.</summary>
    public bool Contains(DateTimeOffset time) => time >= Start && time <= End;
}
