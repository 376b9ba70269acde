using Waste.Forecasting;

namespace Waste.Grains.Zones;

/// <summary>What a ward grain persists of its days.</summary>
[GenerateSerializer]
public sealed class ZoneState
{
    /// <summary>Days by date.</summary>
    [Id(0)] public SortedDictionary<DateOnly, ZoneDay> Days { get; set; } = [];

    // Id 1 held every emptying counted in the last fortnight ("bin@unix-seconds"); a state written then loads without
    // them, and a bin's emptyings count from its next one (a copy of one sent before the upgrade would count twice).

    /// <summary>Per device and what is counted of it, the time up to which it is counted: overflow hours
    /// (<c>overflow:bin</c>) and a toilet's availability hours (<c>toilet:id</c>) until then, a bin's emptyings
    /// (<c>emptied:bin</c>) at or before it.</summary>
    [Id(2)] public Dictionary<string, DateTimeOffset> CountedUntil { get; set; } = [];

    /// <summary>Faults already counted, as "device@kind@unix-seconds", for <see cref="ZoneGrain.CountedDaysKept"/> days.</summary>
    [Id(3)] public HashSet<string> CountedFaults { get; set; } = [];

    /// <summary>Days and collections not yet written to the report store.</summary>
    [Id(4)] public ZoneReportQueue Unreported { get; set; } = new();
}

/// <summary>What a ward grain persists of what its bins have learnt.</summary>
[GenerateSerializer]
public sealed class ZoneRatesState
{
    // Id 0 held the bins' hourly profiles alone: a state written then loads without them (the ward's prior falls back
    // to the city's until its bins report again, within a day) instead of failing to deserialize.

    /// <summary>Each bin's latest share taken into the ward's prior: hourly profile, cycles and forecast scores.</summary>
    [Id(1)] public Dictionary<string, FillShare> Bins { get; set; } = [];

    /// <summary>Shares reported in the prior's current slot (<see cref="ZoneGrain.PriorSlot"/>), taken in from the
    /// next.</summary>
    [Id(2)] public Dictionary<string, FillShare> Arriving { get; set; } = [];
}
