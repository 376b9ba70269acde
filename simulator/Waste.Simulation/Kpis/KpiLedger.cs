namespace Waste.Simulation.Kpis;

/// <summary>
/// The ground truth of a run as it happens: what the trucks drove, burnt and collected, and what the crews could not
/// do. Thread-safe: device threads never write to it, but the executor may run on any thread. Counts only while
/// <see cref="Counting"/> (after the warm-up).
/// </summary>
public sealed class KpiLedger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StreamKpis> _byStream = new(StringComparer.Ordinal);

    /// <summary>True once the warm-up is over.</summary>
    public bool Counting { get; set; } = true;

    /// <summary>Kilometres driven.</summary>
    public double TruckKm { get; private set; }

    /// <summary>Hours trucks were out (departure to return or breakdown).</summary>
    public double TruckHours { get; private set; }

    /// <summary>Diesel burnt, litres.</summary>
    public double FuelLitres { get; private set; }

    /// <summary>Bins emptied.</summary>
    public int Collections { get; private set; }

    /// <summary>Sum of the true fill of the bins emptied, percent.</summary>
    public double FillAtCollectionSum { get; private set; }

    /// <summary>Litres collected.</summary>
    public double CollectedLitres { get; private set; }

    /// <summary>Stops skipped (blocked, bin damaged).</summary>
    public int Skips { get; private set; }

    /// <summary>Trucks that broke down.</summary>
    public int Breakdowns { get; private set; }

    /// <summary>Trips to unload (planned and forced by a full body).</summary>
    public int DisposalTrips { get; private set; }

    /// <summary>Lunch breaks the crews took.</summary>
    public int LunchBreaks { get; private set; }

    /// <summary>Hours of those breaks.</summary>
    public double LunchHours { get; private set; }

    /// <summary>Bins a day's plan chose that were not emptied that day.</summary>
    public int MissedPickups { get; private set; }

    /// <summary>Skips and breakdowns the dispatcher answered with an error instead of a new plan.</summary>
    public int RePlansRefused { get; private set; }

    /// <summary>Truck-days driven.</summary>
    public int TruckDays { get; private set; }

    /// <summary>The driving split by the streams the trucks collect (a copy).</summary>
    public IReadOnlyDictionary<string, StreamKpis> ByStream
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, StreamKpis>(_byStream, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Mean true fill of the bins emptied, percent (0 before any).</summary>
    public double AverageFill() => Collections > 0 ? FillAtCollectionSum / Collections : 0;

    /// <summary>Records the finished day of a truck collecting <paramref name="streams"/>.</summary>
    public void TruckDay(string streams, double km, double hours, double litresPerKm) => Add(() =>
    {
        TruckKm += km;
        TruckHours += hours;
        FuelLitres += km * litresPerKm;
        TruckDays++;
        Stream(streams, s => s with { TruckKm = s.TruckKm + km, TruckDays = s.TruckDays + 1 });
    });

    /// <summary>Records a bin emptied at <paramref name="fillPercent"/> holding <paramref name="litres"/> into a truck
    /// collecting <paramref name="streams"/>.</summary>
    public void Collected(string streams, double fillPercent, double litres) => Add(() =>
    {
        Collections++;
        FillAtCollectionSum += fillPercent;
        CollectedLitres += litres;
        Stream(streams, s => s with { CollectedLitres = s.CollectedLitres + litres });
    });

    /// <summary>Records a skipped stop.</summary>
    public void Skipped() => Add(() => Skips++);

    /// <summary>Records a breakdown.</summary>
    public void BrokeDown() => Add(() => Breakdowns++);

    /// <summary>Records a trip to a disposal site by a truck collecting <paramref name="streams"/>.</summary>
    public void Unloaded(string streams) => Add(() =>
    {
        DisposalTrips++;
        Stream(streams, s => s with { DisposalTrips = s.DisposalTrips + 1 });
    });

    /// <summary>Counts a crew's lunch and its length (part of the truck-hours).</summary>
    public void TookLunch(TimeSpan duration) => Add(() =>
    {
        LunchBreaks++;
        LunchHours += duration.TotalHours;
    });

    /// <summary>Records a re-plan the dispatcher refused.</summary>
    public void RePlanRefused() => Add(() => RePlansRefused++);

    /// <summary>Records bins a day missed.</summary>
    public void Missed(int bins) => Add(() => MissedPickups += bins);

    private void Stream(string streams, Func<StreamKpis, StreamKpis> change) =>
        _byStream[streams] = change(_byStream.GetValueOrDefault(streams, StreamKpis.None));

    private void Add(Action change)
    {
        lock (_lock)
        {
            if (Counting)
            {
                change();
            }
        }
    }
}
