using Waste.Routing.Modelling;

namespace Waste.Routing.Planning;

/// <summary>What the forecast says about one bin, as the planner needs it.</summary>
public sealed record BinForecast
{
    /// <summary>The bin's device id (becomes the stop id).</summary>
    public required string BinId { get; init; }

    /// <summary>Where the bin stands.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>The waste stream it holds.</summary>
    public required string Stream { get; init; }

    /// <summary>Volume and mass expected at collection time.</summary>
    public required Load ExpectedLoad { get; init; }

    /// <summary>When the bin is forecast to pass its collection threshold (central estimate).</summary>
    public required DateTimeOffset ThresholdAt { get; init; }

    /// <summary>When it is forecast to be full (central estimate).</summary>
    public required DateTimeOffset FullAt { get; init; }

    /// <summary>Half-width of the forecast's uncertainty band: the threshold may come this much earlier.</summary>
    public TimeSpan Uncertainty { get; init; }

    /// <summary>Time to empty it.</summary>
    public TimeSpan ServiceTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>When the truck may stop there (market streets, school gates ...); null when any time.</summary>
    public TimeWindow? AccessWindow { get; init; }
}
