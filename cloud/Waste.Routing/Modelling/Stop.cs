namespace Waste.Routing.Modelling;

/// <summary>A place to collect from: a bin (or a group of bins at one address) holding one waste stream.</summary>
public sealed record Stop
{
    /// <summary>Unique id (the bin's device id).</summary>
    public required string Id { get; init; }

    /// <summary>Where the truck stops.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>The waste stream it holds.</summary>
    public required string Stream { get; init; }

    /// <summary>Expected volume and mass to collect.</summary>
    public required Load Demand { get; init; }

    /// <summary>Time to empty it.</summary>
    public TimeSpan ServiceTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>When service may start; null when any time in a shift will do.</summary>
    public TimeWindow? Window { get; init; }

    /// <summary>Whether it must be collected; an optional stop may be left out at <see cref="SkipPenalty"/>.</summary>
    public bool Mandatory { get; init; } = true;

    /// <summary>What leaving an optional stop out costs, in the units of the vehicles' costs.</summary>
    public double SkipPenalty { get; init; }
}
