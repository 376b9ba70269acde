using Waste.Grains.Alerts;
using Waste.Registry;

namespace Waste.Grains.Zones;

/// <summary>One ward's day, the basis of DONRE's reports: what was collected by stream, how long bins overflowed,
/// how available its toilets were, and the faults raised.</summary>
[GenerateSerializer]
public sealed class ZoneDay
{
    /// <summary>The local calendar day.</summary>
    [Id(0)] public DateOnly Date { get; set; }

    /// <summary>Litres collected, by stream.</summary>
    [Id(1)] public Dictionary<WasteStream, double> CollectedLitres { get; set; } = [];

    /// <summary>Estimated kilograms collected, by stream (litres times the stream's density).</summary>
    [Id(2)] public Dictionary<WasteStream, double> CollectedKilograms { get; set; } = [];

    /// <summary>Emptyings, by stream.</summary>
    [Id(3)] public Dictionary<WasteStream, int> Collections { get; set; } = [];

    /// <summary>Hours bins spent overflowing, summed over bins.</summary>
    [Id(4)] public double OverflowBinHours { get; set; }

    /// <summary>Opening hours toilets were usable, summed over toilets.</summary>
    [Id(5)] public double ToiletAvailableHours { get; set; }

    /// <summary>Opening hours toilets were not usable (faulty, offline, leaking ...), summed over toilets.</summary>
    [Id(6)] public double ToiletUnavailableHours { get; set; }

    /// <summary>Toilet visits.</summary>
    [Id(7)] public int ToiletVisits { get; set; }

    /// <summary>Faults that began this day, by kind.</summary>
    [Id(8)] public Dictionary<AlertKind, int> FaultsRaised { get; set; } = [];

    /// <summary>Share of toilet opening hours that toilets were usable; null without toilet data.</summary>
    public double? ToiletAvailability =>
        ToiletAvailableHours + ToiletUnavailableHours is var total and > 0 ? ToiletAvailableHours / total : null;
}
