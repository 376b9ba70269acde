using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace Waste.Simulation.Calibration;

/// <summary>A mixture of log-normal distributions (equal weights), given by the mean and sigma of each one's log: the
/// fitted days to full of a set of bins whose sizes shift their means.</summary>
public sealed class LogNormalMixture(IReadOnlyList<double> logMeans, double sigma)
{
    /// <summary>The share of the mixture below <paramref name="x"/>.</summary>
    public double Cdf(double x) => x <= 0 ? 0 : logMeans.Average(m => Normal.CDF(m, sigma, Math.Log(x)));

    /// <summary>The <paramref name="p"/> quantile.</summary>
    public double Quantile(double p)
    {
        var low = logMeans.Min() - 10 * sigma - 1;
        var high = logMeans.Max() + 10 * sigma + 1;
        return Math.Exp(Bisection.FindRoot(u => logMeans.Average(m => Normal.CDF(m, sigma, u)) - p, low, high, 1e-10, 500));
    }

    /// <summary>The quantiles of days to full.</summary>
    public DaysToFull DaysToFull => Calibration.DaysToFull.Of(Quantile);
}
