using MathNet.Numerics.Distributions;

namespace Waste.Simulation.Calibration;

/// <summary>
/// What a daily round finds: the chance that a bin emptied every day holds less than a quarter of its capacity, for a
/// bin whose log rate is normal (mean <c>logMean</c>, sigma <c>sigma</c>: 0 for a known rate), over the week's days
/// and the day-to-day noise.
/// </summary>
public static class DailyRound
{
    /// <summary>A quarter full, percent.</summary>
    public const double QuarterPercent = 25;

    /// <summary>The chance a daily collection finds the bin under a quarter full.</summary>
    public static double UnderQuarter(double logMean, double sigma, FillParameters parameters)
    {
        var noise = parameters.DayNoiseSigma;
        var spread = Math.Sqrt(sigma * sigma + noise * noise);
        var share = 0.0;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var mean = logMean + Math.Log(parameters.DayFactor(day)) - noise * noise / 2;
            share += Normal.CDF(mean, spread, Math.Log(QuarterPercent));
        }

        return share / 7;
    }
}
