using Waste.Forecasting;
using Waste.Routing.Modelling;

namespace Waste.Scheduling;

/// <summary>What a collection policy knows of one bin when it plans: where it stands, what it holds, and how full it is
/// forecast to be, with the forecast's 80 % band, if nobody empties it.</summary>
public sealed record BinOutlook
{
    /// <summary>The bin's device id (the stop's id in a routing model).</summary>
    public required string BinId { get; init; }

    /// <summary>Where it stands.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>The waste stream it holds.</summary>
    public required string Stream { get; init; }

    /// <summary>Its volume, litres.</summary>
    public required double CapacityLitres { get; init; }

    /// <summary>Mass of a litre of its stream, kilograms.</summary>
    public required double KilogramsPerLitre { get; init; }

    /// <summary>Its ward, if known.</summary>
    public string? Ward { get; init; }

    /// <summary>Its fill at its last reading (denoised), percent.</summary>
    public required double LevelPercent { get; init; }

    /// <summary>Its forecast fill, percent of its volume, from its last reading on.</summary>
    public required FillProjection Projection { get; init; }

    /// <summary>Its last emptyings, oldest first: what a crew saw of it without a sensor.</summary>
    public IReadOnlyList<Collection> RecentCollections { get; init; } = [];

    /// <summary>True while the forecast leans on the ward's profile more than on the bin's own history.</summary>
    public bool MostlyPrior { get; init; }

    /// <summary>Time to empty it.</summary>
    public TimeSpan ServiceTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>When a truck may stop there; null when at any time.</summary>
    public TimeWindow? AccessWindow { get; init; }

    /// <summary>The expected fill at <paramref name="time"/>, percent, at most 100 (what the bin can hold).</summary>
    public double ExpectedPercentAt(DateTimeOffset time) => Math.Clamp(Projection.At(time).Expected, 0, 100);

    /// <summary>The load a truck expects to take from it at <paramref name="time"/>.</summary>
    public Load LoadAt(DateTimeOffset time)
    {
        var litres = CapacityLitres * ExpectedPercentAt(time) / 100;
        return new Load(litres, litres * KilogramsPerLitre);
    }

    /// <summary>The bin as a stop of a routing model, its load as expected at <paramref name="collectedAt"/>.</summary>
    public Stop ToStop(DateTimeOffset collectedAt, bool mandatory, double skipPenalty = 0, TimeWindow? window = null) => new()
    {
        Id = BinId,
        Location = Location,
        Stream = Stream,
        Demand = LoadAt(collectedAt),
        ServiceTime = ServiceTime,
        Window = window ?? AccessWindow,
        Mandatory = mandatory,
        SkipPenalty = mandatory ? 0 : skipPenalty,
    };
}
