namespace Waste.Simulation.Calibration;

/// <summary>
/// The fitted fill behaviour of a population of bins. A bin's rate (percent of its capacity a day, averaged over the
/// week) is log-normal across bins: median <see cref="MedianPercentPerDay"/> for a bin of
/// <see cref="ReferenceLitres"/>, times (litres / reference) ^ <see cref="SizeElasticity"/>, spread
/// <see cref="BetweenBinSigma"/> (log scale) around that. Each day of the week has its factor (mean 1), and the
/// waste of one bin-day varies around its mean with a coefficient of variation of √<see cref="Dispersion"/>.
/// </summary>
public sealed record FillParameters(
    double MedianPercentPerDay,
    double BetweenBinSigma,
    double SizeElasticity,
    double Dispersion,
    IReadOnlyList<double> DayOfWeek,
    double ReferenceLitres = 240)
{
    /// <summary>The within-bin day-to-day noise as a log-normal sigma with the same coefficient of variation.</summary>
    public double DayNoiseSigma => Math.Sqrt(Math.Log(1 + Dispersion));

    /// <summary>The mean log rate (percent a day) of a bin of <paramref name="litres"/>; the reference size when the
    /// size is not known.</summary>
    public double LogMean(double? litres) => Math.Log(MedianPercentPerDay) + SizeElasticity * Math.Log((litres ?? ReferenceLitres) / ReferenceLitres);

    /// <summary>The mean log of days to full for a bin of <paramref name="litres"/>.</summary>
    public double LogDaysToFull(double? litres) => Math.Log(100) - LogMean(litres);

    /// <summary>The factor of a day of the week, scaled so the week's mean is exactly 1 (figures typed from a printout
    /// need not sum to 7 to the last digit).</summary>
    public double DayFactor(DayOfWeek day) => DayOfWeek[(int)day] * 7 / DayOfWeek.Sum();
}
