using MathNet.Numerics.RootFinding;

namespace Waste.Simulation.Calibration;

/// <summary>
/// One bin's rate (percent of its capacity a day) from its cycles, by maximum likelihood under
/// <see cref="GammaCycleLikelihood"/>: censored fills count as "at least", so a bin that often reached the cap gets a
/// rate above its raw fill / time. Uncensored, the estimate is the bin's total fill over its total exposure (the
/// long-run rate, whatever decided when it was emptied). The log-likelihood is concave in the log rate, so the
/// maximum is the one root of its slope; a bin whose every cycle is censored has no finite maximum and gets
/// <see cref="MaxPercentPerDay"/>, flagged.
/// </summary>
public static class BinRateEstimator
{
    /// <summary>Bounds of the search, percent a day.</summary>
    public const double MinPercentPerDay = 0.01, MaxPercentPerDay = 10_000;

    /// <summary>The bin's log rate, its log-likelihood, and whether the rate is only a lower bound.</summary>
    public static (double LogRate, double LogLikelihood, bool Unbounded) Estimate(IReadOnlyList<FillCycle> cycles, IReadOnlyList<double> exposures, double dispersion)
    {
        double Slope(double u)
        {
            var slope = 0.0;
            for (var i = 0; i < cycles.Count; i++)
            {
                slope += GammaCycleLikelihood.Of(cycles[i].FillPercent, exposures[i], u, dispersion).Slope;
            }

            return slope;
        }

        var low = Math.Log(MinPercentPerDay);
        var high = Math.Log(MaxPercentPerDay);
        var unbounded = false;
        double root;
        if (Slope(high) >= 0)
        {
            (root, unbounded) = (high, true);
        }
        else if (Slope(low) <= 0)
        {
            root = low;
        }
        else
        {
            root = Brent.FindRoot(Slope, low, high, 1e-9, 200);
        }

        return (root, LogLikelihood(cycles, exposures, root, dispersion), unbounded);
    }

    /// <summary>The bin's log-likelihood at log rate <paramref name="logRate"/>.</summary>
    public static double LogLikelihood(IReadOnlyList<FillCycle> cycles, IReadOnlyList<double> exposures, double logRate, double dispersion)
    {
        var sum = 0.0;
        for (var i = 0; i < cycles.Count; i++)
        {
            sum += GammaCycleLikelihood.Of(cycles[i].FillPercent, exposures[i], logRate, dispersion).LogLikelihood;
        }

        return sum;
    }
}
