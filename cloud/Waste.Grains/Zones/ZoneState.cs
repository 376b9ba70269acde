using Waste.Forecasting;

namespace Waste.Grains.Zones;

/// <summary>What a ward grain persists of its days.</summary>
[GenerateSerializer]
public sealed class ZoneState
{
    /// <summary>Days by date.</summary>
    [Id(0)] public SortedDictionary<DateOnly, ZoneDay> Days { get; set; } = [];

    /// <summary>Emptyings already counted, as "bin@unix-seconds", kept while their day is kept.</summary>
    [Id(1)] public HashSet<string> CountedCollections { get; set; } = [];

    /// <summary>Per device, the time up to which its overflow or availability hours are counted.</summary>
    [Id(2)] public Dictionary<string, DateTimeOffset> CountedUntil { get; set; } = [];

    /// <summary>Faults already counted, as "device@kind@unix-seconds".</summary>
    [Id(3)] public HashSet<string> CountedFaults { get; set; } = [];

    /// <summary>Days and collections not yet written to the report store.</summary>
    [Id(4)] public ZoneReportQueue Unreported { get; set; } = new();
}

/// <summary>What a ward grain persists of its bins' fill profiles.</summary>
[GenerateSerializer]
public sealed class ZoneRatesState
{
    /// <summary>Each bin's latest profile.</summary>
    [Id(0)] public Dictionary<string, RateProfile> Profiles { get; set; } = [];
}
