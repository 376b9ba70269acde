namespace Waste.Routing.Modelling;

/// <summary>A crew's break (lunch): it starts between <paramref name="EarliestStart"/> and <paramref name="LatestStart"/>
/// and lasts <paramref name="Duration"/>, wherever the truck is then (between two visits: it costs time, never distance).</summary>
public sealed record CrewBreak(TimeSpan Duration, DateTimeOffset EarliestStart, DateTimeOffset LatestStart)
{
    /// <summary>Whether the window and duration make sense.</summary>
    public bool IsValid => Duration >= TimeSpan.Zero && LatestStart >= EarliestStart;
}
