namespace Waste.Simulation.Calibration;

/// <summary>
/// A set of bins' fill seen two ways: from the data (each bin's own rate by <see cref="BinRateEstimator"/>, for bins
/// with at least <see cref="MinCycles"/> cycles; and every cycle's raw fill / time, censored ones by Kaplan-Meier) and
/// from the fitted parameters at those bins' sizes. Days to full are at the bin's mean rate over the week; the share
/// under a quarter is what a daily round would find.
/// </summary>
public sealed record FillSummary(
    int Sites,
    int Cycles,
    int CensoredCycles,
    int BinsSummarised,
    DaysToFull DataBins,
    DaysToFull DataCycles,
    DaysToFull FittedBins,
    double DataUnderQuarter,
    double FittedUnderQuarter)
{
    /// <summary>Cycles a bin needs for its own rate to count in the data's figures.</summary>
    public const int MinCycles = 5;

    /// <summary>The summary of <paramref name="cycles"/> under <paramref name="parameters"/>.</summary>
    public static FillSummary Of(FillCycles cycles, FillParameters parameters)
    {
        var bins = cycles.Cycles.GroupBy(c => c.SiteId).Where(g => g.Count() >= MinCycles).OrderBy(g => g.Key).ToList();
        if (bins.Count == 0)
        {
            throw new InvalidDataException($"no bin has {MinCycles} cycles to summarise");
        }

        var rates = bins.Select(b =>
        {
            var list = b.ToList();
            var exposures = list.Select(c => c.Exposure(parameters.DayOfWeek)).ToList();
            return BinRateEstimator.Estimate(list, exposures, parameters.Dispersion).LogRate;
        }).ToList();
        var capacities = bins.Select(b => cycles.CapacityLitres.TryGetValue(b.Key, out var litres) ? litres : (double?)null).ToList();
        var fitted = new LogNormalMixture(capacities.Select(parameters.LogDaysToFull).ToList(), parameters.BetweenBinSigma);
        var cycleRates = cycles.Cycles.Select(c => (Value: c.FillPercent / (c.Hours / 24), c.Censored)).ToList();
        return new FillSummary(
            cycles.Sites,
            cycles.Cycles.Count,
            cycles.Censored,
            bins.Count,
            DaysToFull.Of(rates.Select(u => 100 / Math.Exp(u))),
            DaysToFull.Of(p => 100 / KaplanMeier.Quantile(cycleRates, 1 - p)),
            fitted.DaysToFull,
            rates.Average(u => DailyRound.UnderQuarter(u, 0, parameters)),
            capacities.Average(c => DailyRound.UnderQuarter(parameters.LogMean(c), parameters.BetweenBinSigma, parameters)));
    }
}
