using Waste.Grains.Planning;

namespace Waste.Simulation.Kpis;

/// <summary>
/// A policy's results over the counted days (simulator/README.md defines each): from the simulation's ground truth,
/// with the cloud's own figures beside them as a check, and what the run cost.
/// </summary>
public sealed record PolicyKpis
{
    /// <summary>The policy.</summary>
    public required SelectionPolicy Policy { get; init; }

    /// <summary>Kilometres the trucks drove.</summary>
    public required double TruckKm { get; init; }

    /// <summary>Hours the trucks were out.</summary>
    public required double TruckHours { get; init; }

    /// <summary>Bins emptied.</summary>
    public required int Collections { get; init; }

    /// <summary>Mean true fill of the bins when emptied, percent.</summary>
    public required double AverageFillAtCollection { get; init; }

    /// <summary>Hours bins spent with their true fill at 100 %, summed over bins.</summary>
    public required double OverflowBinHours { get; init; }

    /// <summary>Bins a day's plan chose that were not emptied that day.</summary>
    public required int MissedPickups { get; init; }

    /// <summary>Diesel burnt, litres.</summary>
    public required double FuelLitres { get; init; }

    /// <summary>CO2 from that diesel, kg.</summary>
    public required double Co2Kg { get; init; }

    /// <summary>Litres that did not fit in full bins.</summary>
    public required double SpiltLitres { get; init; }

    /// <summary>Stops skipped.</summary>
    public required int Skips { get; init; }

    /// <summary>Trucks broken down.</summary>
    public required int Breakdowns { get; init; }

    /// <summary>Trips to unload.</summary>
    public required int DisposalTrips { get; init; }

    /// <summary>Lunch breaks the crews took (their hours count in the truck-hours).</summary>
    public required int LunchBreaks { get; init; }

    /// <summary>Skips and breakdowns the cloud answered with an error instead of a re-plan.</summary>
    public required int RePlansRefused { get; init; }

    /// <summary>Truck-days driven.</summary>
    public required int TruckDays { get; init; }

    /// <summary>The driving split by the streams the trucks collect.</summary>
    public required IReadOnlyDictionary<string, StreamKpis> ByStream { get; init; }

    /// <summary>The cloud's view of the same run.</summary>
    public required CloudFigures Cloud { get; init; }

    /// <summary>Wall-clock seconds the run took.</summary>
    public required double RunSeconds { get; init; }

    /// <summary>Wall-clock seconds of planning per depot and day: median.</summary>
    public required double PlanSecondsMedian { get; init; }

    /// <summary>Wall-clock seconds of planning per depot and day: slowest.</summary>
    public required double PlanSecondsMax { get; init; }

    /// <summary>The figures that must be equal in two runs with the same seed, as text (the determinism test compares it).</summary>
    public string Truth => FormattableString.Invariant(
        $"{Policy} km={TruckKm:R} h={TruckHours:R} n={Collections} fill={AverageFillAtCollection:R} overflow={OverflowBinHours:R} missed={MissedPickups} fuel={FuelLitres:R} spilt={SpiltLitres:R} skips={Skips} breakdowns={Breakdowns} trips={DisposalTrips} lunches={LunchBreaks} truckdays={TruckDays} refused={RePlansRefused} streams={string.Join(';', ByStream.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => FormattableString.Invariant($"{s.Key}:{s.Value.TruckKm:R}/{s.Value.TruckDays}/{s.Value.DisposalTrips}/{s.Value.CollectedLitres:R}")))}");
}
