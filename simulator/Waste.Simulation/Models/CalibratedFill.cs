using Waste.Simulation.Calibration;
using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// The calibrated fill mapped onto Binh Duong (simulator/README.md, "Models", says why each step):
/// <list type="bullet">
/// <item>days to full, not litres a day, carry over from Edinburgh: a bin's log rate (share of capacity a day) is the
/// fitted median for a 240 L bin, plus the fitted size elasticity times log(litres / 240), plus its land use's offset,
/// plus its own factor;</item>
/// <item>land uses keep the earlier assumed relative weekly rates (market fastest, school slowest), centred on the
/// province's land-use mix so they move bins within the fitted spread and not its middle; the bin's own factor is
/// log-normal with what is left of the fitted between-bin variance, bounded at ±<see cref="FactorBound"/> sigma
/// (the most extreme of the fitted data's 168 bins is expected about 2.5 sigma out);</item>
/// <item>public spaces (street litter bins, as Edinburgh's are) take the fitted day-of-week factors, the other land
/// uses their assumed weekly shapes scaled to a mean of 1; every bin-day varies by the fitted day noise.</item>
/// </list>
/// </summary>
public static class CalibratedFill
{
    /// <summary>Bound of a bin's own factor, in sigmas.</summary>
    public const double FactorBound = 2.5;

    /// <summary>The province's share of bins on each land use (places' weights times their land-use mixes).</summary>
    public static IReadOnlyDictionary<LandUse, double> LandUseShares { get; } = Enum.GetValues<LandUse>().ToDictionary(
        l => l, l => BinhDuong.Places.Sum(p => p.Weight * p.LandUseShares[l]) / BinhDuong.Places.Sum(p => p.Weight));

    /// <summary>A land use's offset on the log rate: its assumed weekly rate relative to the mix's (log mean 0).</summary>
    public static double LandUseOffset(LandUse landUse) => LogWeeklyRate(landUse) - LandUseShares.Sum(s => s.Value * LogWeeklyRate(s.Key));

    /// <summary>The variance of the land uses' offsets over the province's mix.</summary>
    public static double LandUseVariance => LandUseShares.Sum(s => s.Value * Math.Pow(LandUseOffset(s.Key), 2));

    /// <summary>The sigma of a bin's own factor: the fitted spread less what land use explains.</summary>
    public static double FactorSigma(FillParameters parameters) => Math.Sqrt(Math.Max(0, Math.Pow(parameters.BetweenBinSigma, 2) - LandUseVariance));

    /// <summary>The model for <paramref name="parameters"/>.</summary>
    public static FillModel Of(FillParameters parameters)
    {
        var sigma = FactorSigma(parameters);
        return new FillModel(
            "calibrated",
            parameters.DayNoiseSigma,
            (landUse, day) => DayOfWeekFactor(parameters, landUse, day),
            (landUse, litres, normal) => Math.Exp(parameters.LogMean(litres) + LandUseOffset(landUse) + sigma * Math.Clamp(normal, -FactorBound, FactorBound)) / 100);
    }

    /// <summary>The day's factor, mean 1 over the week for every land use.</summary>
    public static double DayOfWeekFactor(FillParameters parameters, LandUse landUse, DayOfWeek day) =>
        landUse == LandUse.PublicSpace ? parameters.DayFactor(day) : FillRateProfile.DayOfWeekFactor(landUse, day) / AssumedWeekMean(landUse);

    private static double AssumedWeekMean(LandUse landUse) => Enum.GetValues<DayOfWeek>().Average(d => FillRateProfile.DayOfWeekFactor(landUse, d));

    private static double LogWeeklyRate(LandUse landUse) => Math.Log(FillRateProfile.DailyFill(landUse) * AssumedWeekMean(landUse));
}
