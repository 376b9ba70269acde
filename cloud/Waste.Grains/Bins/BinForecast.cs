using Waste.Forecasting;
using Waste.Registry;

namespace Waste.Grains.Bins;

/// <summary>When a bin will need collecting: its projected fill with an 80 % band and the times it reaches its
/// collection threshold and 100 %, assuming nobody empties it first.</summary>
[GenerateSerializer, Immutable]
public sealed record BinForecast
{
    /// <summary>Device id.</summary>
    [Id(0)] public required string DeviceId { get; init; }

    /// <summary>The stream it holds.</summary>
    [Id(1)] public WasteStream? Stream { get; init; }

    /// <summary>Its volume, litres.</summary>
    [Id(2)] public double? CapacityLitres { get; init; }

    /// <summary>The denoised fill now known, percent, and when.</summary>
    [Id(3)] public required double LevelPercent { get; init; }

    /// <summary>When the level was last updated.</summary>
    [Id(4)] public required DateTimeOffset LevelAt { get; init; }

    /// <summary>When it reaches the city's collection threshold.</summary>
    [Id(5)] public required ThresholdCrossing Threshold { get; init; }

    /// <summary>When it is full.</summary>
    [Id(6)] public required ThresholdCrossing Full { get; init; }

    /// <summary>The projection, hourly.</summary>
    [Id(7)] public required FillProjection Projection { get; init; }

    /// <summary>The readings a bin's forecast needs before it stands on its own history rather than its ward's
    /// profile: a week, every hour of the week seen once.</summary>
    public static readonly TimeSpan OwnHistory = TimeSpan.FromDays(7);

    /// <summary>True while the bin has less than <see cref="OwnHistory"/> of its own readings, or while its readings
    /// are not believed (a stuck sensor), and so leans on its ward's profile.</summary>
    [Id(8)] public bool MostlyPrior { get; init; }

    /// <summary>When the bin will have <see cref="OwnHistory"/> of its own readings if it keeps reporting; null once it has.</summary>
    [Id(9)] public DateTimeOffset? OwnHistoryAt { get; init; }

    /// <summary>Its last emptyings, oldest first: how full the crews found it, what they left, and when.</summary>
    [Id(10)] public IReadOnlyList<Collection> RecentCollections { get; init; } = [];

    /// <summary>Litres expected in the bin at <paramref name="time"/> (the projection's expected fill).</summary>
    public double? LitresAt(DateTimeOffset time) => CapacityLitres * Projection.At(time).Expected / 100;
}
