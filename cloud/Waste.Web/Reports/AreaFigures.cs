using Waste.Grains.Alerts;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Web.Reports;

/// <summary>
/// One row of DONRE's report: a ward's or district's (or the city's) collected volume and estimated mass by stream,
/// its sorting rate, overflow incidents, and its toilets' availability, visits and faults over the period.
/// </summary>
public sealed record AreaFigures
{
    /// <summary>The kinds of fault that are a toilet's.</summary>
    public static readonly IReadOnlySet<AlertKind> ToiletFaultKinds = new HashSet<AlertKind>
    {
        AlertKind.ToiletOdour, AlertKind.ToiletStuckOccupied, AlertKind.ToiletNoVisits, AlertKind.ToiletLeak, AlertKind.ToiletSuppliesLow,
    };

    /// <summary>District, or empty for the city's total.</summary>
    public required string District { get; init; }

    /// <summary>Ward, or null in a report by district and in the total.</summary>
    public string? Ward { get; init; }

    /// <summary>Litres collected, by stream (every stream present).</summary>
    public required IReadOnlyDictionary<WasteStream, double> Litres { get; init; }

    /// <summary>Estimated kilograms collected, by stream (every stream present).</summary>
    public required IReadOnlyDictionary<WasteStream, double> Kilograms { get; init; }

    /// <summary>Emptyings.</summary>
    public int Collections { get; init; }

    /// <summary>Overflows that began (alerts of kind <see cref="AlertKind.BinOverflow"/>).</summary>
    public int OverflowIncidents { get; init; }

    /// <summary>Hours bins spent overflowing, summed over bins.</summary>
    public double OverflowBinHours { get; init; }

    /// <summary>Opening hours toilets were usable, summed over toilets.</summary>
    public double ToiletAvailableHours { get; init; }

    /// <summary>Opening hours toilets were not usable.</summary>
    public double ToiletUnavailableHours { get; init; }

    /// <summary>Toilet visits.</summary>
    public int ToiletVisits { get; init; }

    /// <summary>Toilet faults that began (odour, stuck occupancy, no visits, leak, supplies).</summary>
    public int ToiletFaults { get; init; }

    /// <summary>Other device faults that began (fire, tilt, lid, sensor, battery, offline).</summary>
    public int DeviceFaults { get; init; }

    /// <summary>Litres collected, every stream.</summary>
    public double TotalLitres => Litres.Values.Sum();

    /// <summary>Kilograms collected, every stream.</summary>
    public double TotalKilograms => Kilograms.Values.Sum();

    /// <summary>Separated streams (recyclable, organic, hazardous) over all collected, by volume; null when nothing was collected.</summary>
    public double? SortingRateByVolume => SortingRate(Litres);

    /// <summary>The same, by estimated mass.</summary>
    public double? SortingRateByMass => SortingRate(Kilograms);

    /// <summary>Share of opening hours toilets were usable; null without toilet data.</summary>
    public double? ToiletAvailability =>
        ToiletAvailableHours + ToiletUnavailableHours is var total and > 0 ? ToiletAvailableHours / total : null;

    /// <summary>The figures of <paramref name="days"/> (of one or several wards).</summary>
    public static AreaFigures Of(string district, string? ward, IEnumerable<ZoneDay> days)
    {
        var list = days.ToList();
        var faults = list.SelectMany(d => d.FaultsRaised).ToList();
        return new AreaFigures
        {
            District = district,
            Ward = ward,
            Litres = ByStream(list.Select(d => d.CollectedLitres)),
            Kilograms = ByStream(list.Select(d => d.CollectedKilograms)),
            Collections = list.Sum(d => d.Collections.Values.Sum()),
            OverflowIncidents = faults.Where(f => f.Key == AlertKind.BinOverflow).Sum(f => f.Value),
            OverflowBinHours = list.Sum(d => d.OverflowBinHours),
            ToiletAvailableHours = list.Sum(d => d.ToiletAvailableHours),
            ToiletUnavailableHours = list.Sum(d => d.ToiletUnavailableHours),
            ToiletVisits = list.Sum(d => d.ToiletVisits),
            ToiletFaults = faults.Where(f => ToiletFaultKinds.Contains(f.Key)).Sum(f => f.Value),
            DeviceFaults = faults.Where(f => f.Key != AlertKind.BinOverflow && !ToiletFaultKinds.Contains(f.Key)).Sum(f => f.Value),
        };
    }

    private static Dictionary<WasteStream, double> ByStream(IEnumerable<Dictionary<WasteStream, double>> days)
    {
        var sums = Enum.GetValues<WasteStream>().ToDictionary(s => s, _ => 0.0);
        foreach (var day in days)
        {
            foreach (var (stream, value) in day)
            {
                sums[stream] += value;
            }
        }

        return sums;
    }

    private static double? SortingRate(IReadOnlyDictionary<WasteStream, double> collected)
    {
        var total = collected.Values.Sum();
        return total > 0 ? (total - collected[WasteStream.Residual]) / total : null;
    }
}
