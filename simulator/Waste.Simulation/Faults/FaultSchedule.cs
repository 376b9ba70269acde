using Waste.Simulation.City;

namespace Waste.Simulation.Faults;

/// <summary>
/// The faults of a run, drawn once from the seed before it starts (so every policy meets the same faults), or
/// written by hand in tests. Devices' virtual hardware and the trucks ask it what is wrong at a given time.
/// </summary>
public sealed class FaultSchedule
{
    private readonly Dictionary<string, List<Fault>> _byTarget = new(StringComparer.Ordinal);

    /// <summary>Creates a schedule of <paramref name="faults"/>.</summary>
    public FaultSchedule(IEnumerable<Fault> faults)
    {
        foreach (var fault in faults.OrderBy(f => f.Start).ThenBy(f => f.Target, StringComparer.Ordinal))
        {
            if (!_byTarget.TryGetValue(fault.Target, out var list))
            {
                _byTarget[fault.Target] = list = [];
            }

            list.Add(fault);
        }

        All = [.. _byTarget.Values.SelectMany(f => f).OrderBy(f => f.Start).ThenBy(f => f.Target, StringComparer.Ordinal)];
    }

    /// <summary>Every fault, by start.</summary>
    public IReadOnlyList<Fault> All { get; }

    /// <summary>True when a fault of <paramref name="kind"/> on <paramref name="target"/> is active at <paramref name="at"/>.</summary>
    public bool IsActive(FaultKind kind, string target, DateTimeOffset at) =>
        _byTarget.TryGetValue(target, out var list) && list.Exists(f => f.Kind == kind && f.IsActiveAt(at));

    /// <summary>The active fault of <paramref name="kind"/> on <paramref name="target"/> at <paramref name="at"/>, if any.</summary>
    public Fault? Active(FaultKind kind, string target, DateTimeOffset at) =>
        _byTarget.TryGetValue(target, out var list) ? list.Find(f => f.Kind == kind && f.IsActiveAt(at)) : null;

    /// <summary>Draws the faults of <paramref name="city"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static FaultSchedule Draw(VirtualCity city, FaultRates rates, DateTimeOffset from, DateTimeOffset to, int seed)
    {
        var random = new Random(seed ^ 0x5A17);
        var days = (to - from).TotalDays;
        var faults = new List<Fault>();
        void PerBin(FaultKind kind, double per1000BinDays, TimeSpan duration)
        {
            var count = Poisson(random, per1000BinDays / 1000 * days * city.Bins.Count);
            for (var i = 0; i < count; i++)
            {
                var bin = city.Bins[random.Next(city.Bins.Count)];
                var start = from + TimeSpan.FromMinutes(Math.Floor(random.NextDouble() * (to - from).TotalMinutes));
                faults.Add(new Fault(kind, bin.Id, start, start + duration));
            }
        }

        PerBin(FaultKind.StuckSensor, rates.StuckSensor, rates.StuckFor);
        PerBin(FaultKind.LidOpen, rates.LidOpen, rates.LidOpenFor);
        PerBin(FaultKind.BatteryDrain, rates.BatteryDrain, to - from);
        PerBin(FaultKind.Vandalism, rates.Vandalism, rates.VandalisedFor);
        foreach (var ward in city.Wards)
        {
            var count = Poisson(random, rates.NetworkOutagesPerWardMonth * days / 28);
            for (var i = 0; i < count; i++)
            {
                var start = from + TimeSpan.FromMinutes(Math.Floor(random.NextDouble() * (to - from).TotalMinutes));
                faults.Add(new Fault(FaultKind.NetworkOutage, ward, start, start + rates.OutageFor));
            }
        }

        return new FaultSchedule(faults);
    }

    private static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        // Knuth's method for small means, a rounded normal for large ones.
        if (mean > 50)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * normal));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
