using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Waste.Simulation.Calibration;

/// <summary>
/// Fits <see cref="FillParameters"/> to a collection log's cycles by maximum likelihood, in two stages:
/// <list type="number">
/// <item>the day-to-day dispersion and the day-of-week factors, each bin's rate profiled out by
/// <see cref="BinRateEstimator"/> (Nelder-Mead over the log dispersion and six log day factors, the seventh fixed by
/// their mean being 1);</item>
/// <item>with those fixed, the median rate, the size elasticity and the spread between bins as a random effect: each
/// bin's likelihood integrated over its log rate (a grid of <see cref="GridStep"/>), so a bin with few or only
/// censored cycles weighs by what it tells and the spread is not inflated by their noise.</item>
/// </list>
/// Deterministic: the same cycles give the same parameters.
/// </summary>
public static class FillCalibrator
{
    /// <summary>Step of the log-rate grid of the second stage.</summary>
    public const double GridStep = 0.02;

    /// <summary>The grid's range, percent of capacity a day.</summary>
    private const double GridLow = 0.5, GridHigh = 2000;

    /// <summary>Fits the parameters and summarises the data beside them.</summary>
    public static FillCalibration Fit(FillCycles cycles)
    {
        var bins = cycles.Cycles.GroupBy(c => c.SiteId).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        if (bins.Count < 2)
        {
            throw new InvalidDataException("a calibration needs the cycles of at least two bins");
        }

        var (dispersion, dayOfWeek) = FitWithinBins(bins);
        var (median, sigma, elasticity) = FitBetweenBins(bins, cycles.CapacityLitres, dispersion, dayOfWeek);
        var parameters = new FillParameters(median, sigma, elasticity, dispersion, dayOfWeek);
        return new FillCalibration(parameters, FillSummary.Of(cycles, parameters), cycles.Events, cycles.RejectedRows, cycles.SameInstant, cycles.LongGaps);
    }

    private static (double Dispersion, double[] DayOfWeek) FitWithinBins(List<List<FillCycle>> bins)
    {
        double NegativeLogLikelihood(Vector<double> p)
        {
            var dispersion = Math.Exp(p[0]);
            var dayOfWeek = DayFactors(p);
            var sum = 0.0;
            foreach (var bin in bins)
            {
                var exposures = bin.Select(c => c.Exposure(dayOfWeek)).ToList();
                sum += BinRateEstimator.Estimate(bin, exposures, dispersion).LogLikelihood;
            }

            return -sum;
        }

        var start = Vector<double>.Build.Dense(7);
        start[0] = Math.Log(0.3);
        var step = Vector<double>.Build.Dense(7, 0.1);
        step[0] = 0.5;
        var result = new NelderMeadSimplex(1e-8, 4000).FindMinimum(ObjectiveFunction.Value(NegativeLogLikelihood), start, step);
        return (Math.Exp(result.MinimizingPoint[0]), DayFactors(result.MinimizingPoint));
    }

    // Sunday's log factor is 0 before normalising; the others are p[1..6] (Monday..Saturday).
    private static double[] DayFactors(Vector<double> p)
    {
        var factors = new double[7];
        factors[0] = 1;
        for (var d = 1; d < 7; d++)
        {
            factors[d] = Math.Exp(p[d]);
        }

        var mean = factors.Average();
        return [.. factors.Select(f => f / mean)];
    }

    private static (double Median, double Sigma, double Elasticity) FitBetweenBins(
        List<List<FillCycle>> bins, IReadOnlyDictionary<long, double> capacities, double dispersion, double[] dayOfWeek)
    {
        var sized = bins.Where(b => capacities.ContainsKey(b[0].SiteId)).ToList();
        var withSizes = sized.Select(b => capacities[b[0].SiteId]).Distinct().Count() >= 2;
        var used = withSizes ? sized : bins;
        var grid = Enumerable.Range(0, (int)Math.Ceiling(Math.Log(GridHigh / GridLow) / GridStep) + 1).Select(i => Math.Log(GridLow) + i * GridStep).ToArray();
        var logLikelihoods = used.Select(bin =>
        {
            var exposures = bin.Select(c => c.Exposure(dayOfWeek)).ToList();
            return grid.Select(u => BinRateEstimator.LogLikelihood(bin, exposures, u, dispersion)).ToArray();
        }).ToList();
        var sizes = used.Select(b => withSizes ? Math.Log(capacities[b[0].SiteId] / 240) : 0).ToArray();

        double NegativeMarginal(Vector<double> p)
        {
            var sigma = Math.Exp(p[1]);
            var elasticity = withSizes ? p[2] : 0;
            var sum = 0.0;
            for (var b = 0; b < logLikelihoods.Count; b++)
            {
                var l = logLikelihoods[b];
                var mean = p[0] + elasticity * sizes[b];
                var top = double.NegativeInfinity;
                for (var g = 0; g < grid.Length; g++)
                {
                    top = Math.Max(top, l[g] + Normal.PDFLn(mean, sigma, grid[g]));
                }

                var mass = 0.0;
                for (var g = 0; g < grid.Length; g++)
                {
                    mass += Math.Exp(l[g] + Normal.PDFLn(mean, sigma, grid[g]) - top);
                }

                sum += top + Math.Log(mass * GridStep);
            }

            return -sum;
        }

        var start = Vector<double>.Build.DenseOfArray([Math.Log(30), Math.Log(0.5), 0]);
        var step = Vector<double>.Build.DenseOfArray([0.3, 0.3, 0.2]);
        var result = new NelderMeadSimplex(1e-9, 4000).FindMinimum(ObjectiveFunction.Value(NegativeMarginal), start, step);
        var point = result.MinimizingPoint;
        return (Math.Exp(point[0]), Math.Exp(point[1]), withSizes ? point[2] : 0);
    }
}
