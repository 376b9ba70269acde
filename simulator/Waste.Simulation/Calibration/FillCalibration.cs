namespace Waste.Simulation.Calibration;

/// <summary>
/// A calibration: the fitted <see cref="FillParameters"/>, the data's figures beside the fitted ones
/// (<see cref="FillSummary"/>), and what the log held and what was refused. <see cref="Edinburgh2016"/> is the one
/// the virtual city uses, as <c>simulate calibrate --events edinburgh_enevo_collections_2016_even_sites.csv</c> prints
/// it.
/// </summary>
public sealed record FillCalibration(FillParameters Parameters, FillSummary Summary, int Events, int RejectedRows, int SameInstant, int LongGaps)
{
    /// <summary>
    /// The fit on Edinburgh's 2016 litter bins (City of Edinburgh Council open data, Enevo sensors, 3 June - 9 August
    /// 2016, the sites with even ids; Open Government Licence v3.0), as the command prints it.
    /// </summary>
    public static FillCalibration Edinburgh2016 { get; } = new(
        new FillParameters(
            MedianPercentPerDay: 33.742,
            BetweenBinSigma: 0.6077,
            SizeElasticity: -0.3401,
            Dispersion: 0.3454,
            DayOfWeek: [0.9616, 0.9488, 0.9756, 0.8760, 0.9606, 1.0567, 1.2206]),
        new FillSummary(
            Sites: 168,
            Cycles: 4831,
            CensoredCycles: 671,
            BinsSummarised: 156,
            DataBins: new(1.46, 1.74, 2.56, 4.29, 6.10),
            DataCycles: new(0.92, 1.29, 2.03, 3.09, 4.94),
            FittedBins: new(1.30, 1.91, 2.95, 4.56, 6.74),
            DataUnderQuarter: 0.390,
            FittedUnderQuarter: 0.430),
        Events: 5017,
        RejectedRows: 0,
        SameInstant: 0,
        LongGaps: 18);

    /// <summary>The parameters on which <paramref name="other"/> differs from these by more than
    /// <paramref name="relative"/> (relative), by name.</summary>
    public IReadOnlyList<string> Differences(FillParameters other, double relative)
    {
        var mine = Parameters;
        var pairs = new List<(string Name, double Mine, double Theirs)>
        {
            ("median rate", mine.MedianPercentPerDay, other.MedianPercentPerDay),
            ("between-bin sigma", mine.BetweenBinSigma, other.BetweenBinSigma),
            ("size elasticity", mine.SizeElasticity, other.SizeElasticity),
            ("dispersion", mine.Dispersion, other.Dispersion),
        };
        pairs.AddRange(Enum.GetValues<DayOfWeek>().Select(d => ($"{d} factor", mine.DayFactor(d), other.DayFactor(d))));
        return [.. pairs.Where(p => !(Math.Abs(p.Mine - p.Theirs) <= relative * Math.Max(Math.Abs(p.Mine), 1e-9))).Select(p => p.Name)];
    }
}
