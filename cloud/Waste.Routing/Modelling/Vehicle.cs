namespace Waste.Routing.Modelling;

/// <summary>A collection truck and its crew's shift.</summary>
public sealed record Vehicle
{
    /// <summary>Unique id (the plate, or the fleet number).</summary>
    public required string Id { get; init; }

    /// <summary>Body capacity by volume and by mass.</summary>
    public required Load Capacity { get; init; }

    /// <summary>The streams this truck may collect (a compactor for residual, a closed body for organic ...).</summary>
    public required IReadOnlySet<string> Streams { get; init; }

    /// <summary>Leave the start depot no earlier than Start; be back at the end depot by End.</summary>
    public required TimeWindow Shift { get; init; }

    /// <summary>Longest working time from departure to return, waiting included; null when only the shift limits it.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>Id of the depot it starts from.</summary>
    public required string StartDepot { get; init; }

    /// <summary>Id of the depot it ends at (the start depot when null).</summary>
    public string? EndDepot { get; init; }

    /// <summary>Cost of taking the truck out at all (crew, daily charges).</summary>
    public double FixedCost { get; init; }

    /// <summary>Cost per kilometre driven.</summary>
    public double CostPerKm { get; init; } = 1;

    /// <summary>Waste already on board when the shift (or the re-planned rest of it) starts.</summary>
    public Load LoadOnBoard { get; init; }

    /// <summary>How many times in a shift it may unload at a disposal site and continue.</summary>
    public int MaxDisposalTrips { get; init; } = 3;

    /// <summary>Whether it must unload at a disposal site before it returns to its end depot whenever it carries waste.</summary>
    public bool UnloadBeforeReturn { get; init; }

    /// <summary>The crew's break in this shift, or null for none.</summary>
    public CrewBreak? Break { get; init; }

    /// <summary>Most volume it may collect in the shift across all its trips, litres (load on board at the start
    /// included); null for no limit.</summary>
    public double? DailyVolumeLimit { get; init; }

    /// <summary>Most stops it may serve in the shift; null for no limit.</summary>
    public int? MaxStops { get; init; }
}
