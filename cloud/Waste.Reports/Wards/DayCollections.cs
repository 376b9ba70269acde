using Waste.Grains.Events;

namespace Waste.Reports.Wards;

/// <summary>A ward's collections (emptyings) on one local day, oldest first: a report store document.</summary>
public sealed class DayCollections
{
    /// <summary>The local day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The collections, oldest first; a bin's collection at one moment appears once.</summary>
    public List<BinEmptied> Collections { get; set; } = [];

    /// <summary><paramref name="stored"/> (or an empty day) with <paramref name="added"/> that it lacks.</summary>
    public static DayCollections With(DayCollections? stored, DateOnly date, IEnumerable<BinEmptied> added)
    {
        var all = (stored?.Collections ?? []).Concat(added)
            .DistinctBy(c => (c.BinId, c.At.UtcTicks))
            .OrderBy(c => c.At)
            .ThenBy(c => c.BinId, StringComparer.Ordinal);
        return new DayCollections { Date = date, Collections = [.. all] };
    }
}
