using Waste.Simulation.Calibration;
using Waste.Simulation.Devices;
using Waste.Simulation.Models;

namespace Waste.Simulation.City;

/// <summary>
/// A city's fill beside the data it is calibrated on: the quantiles of its bins' days to full (at each bin's mean
/// rate over the week) and the share of a daily round's collections that find a bin under a quarter full, measured
/// on the city's own ground truth (each bin emptied at <see cref="RoundAt"/> every day, with the noise the runs see),
/// and the same two figures that the fitted parameters give for the city's bin sizes.
/// </summary>
public sealed record CityFillCheck(DaysToFull City, double CityUnderQuarter, DaysToFull Fitted, double FittedUnderQuarter)
{
    /// <summary>When the daily round empties each bin, local.</summary>
    public static readonly TimeSpan RoundAt = TimeSpan.FromHours(7);

    /// <summary>The check of <paramref name="city"/> over <paramref name="days"/> from <paramref name="start"/>, with the
    /// noise of <paramref name="seed"/>; the fitted figures from <paramref name="parameters"/>.</summary>
    public static CityFillCheck Of(VirtualCity city, FillParameters parameters, DateOnly start, int days, int seed)
    {
        var daysToFull = city.Bins.Select(b => 1 / b.Fill.MeanDailyShare(b)).ToList();
        var collections = 0;
        var underQuarter = 0;
        foreach (var bin in city.Bins)
        {
            var first = LocalTime.At(start, RoundAt);
            var contents = new BinContents(bin, seed, bin.Id.GetStableIndex(), first, 0);
            for (var day = 1; day <= days; day++)
            {
                contents.AdvanceTo(first.AddDays(day));
                collections++;
                if (contents.FillPercent < DailyRound.QuarterPercent)
                {
                    underQuarter++;
                }

                contents.Empty(first.AddDays(day));
            }
        }

        var fitted = new LogNormalMixture([.. city.Bins.Select(b => parameters.LogDaysToFull(b.CapacityLitres))], parameters.BetweenBinSigma);
        return new CityFillCheck(
            DaysToFull.Of(daysToFull),
            (double)underQuarter / collections,
            fitted.DaysToFull,
            city.Bins.Average(b => DailyRound.UnderQuarter(parameters.LogMean(b.CapacityLitres), parameters.BetweenBinSigma, parameters)));
    }
}
