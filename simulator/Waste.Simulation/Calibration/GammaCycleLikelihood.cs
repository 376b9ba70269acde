using MathNet.Numerics;

namespace Waste.Simulation.Calibration;

/// <summary>
/// How likely a cycle's fill is for a bin of a given rate: waste arrives as a gamma process, so the fill after an
/// exposure of E days is gamma distributed with mean rate x E and variance rate² x dispersion x E (a day's fill has
/// a coefficient of variation of √dispersion, and longer cycles average the days out, as independent days do). A fill
/// at the cap counts by the chance of reaching at least the cap (censored), a fill below detection by the chance of
/// staying below it. Also gives the derivative in the log rate, by which a bin's rate is found.
/// </summary>
public static class GammaCycleLikelihood
{
    private const double FloorLog = -700;

    /// <summary>The log-likelihood of <paramref name="fillPercent"/> after <paramref name="exposureDays"/> for a bin
    /// of rate e^<paramref name="logRate"/> percent a day, and its derivative in <paramref name="logRate"/>.</summary>
    public static (double LogLikelihood, double Slope) Of(double fillPercent, double exposureDays, double logRate, double dispersion)
    {
        var shape = exposureDays / dispersion;
        var scale = Math.Exp(logRate) * dispersion;
        if (fillPercent >= FillCycle.CapPercent)
        {
            var x = FillCycle.CapPercent / scale;
            var log = Math.Max(FloorLog, Math.Log(SpecialFunctions.GammaUpperRegularized(shape, x)));
            return (log, Math.Exp(Math.Min(700, shape * Math.Log(x) - x - SpecialFunctions.GammaLn(shape) - log)));
        }

        if (fillPercent < FillCycle.DetectionPercent)
        {
            var x = FillCycle.DetectionPercent / scale;
            var log = Math.Max(FloorLog, Math.Log(SpecialFunctions.GammaLowerRegularized(shape, x)));
            return (log, -Math.Exp(Math.Min(700, shape * Math.Log(x) - x - SpecialFunctions.GammaLn(shape) - log)));
        }

        var density = -SpecialFunctions.GammaLn(shape) - shape * Math.Log(scale) + (shape - 1) * Math.Log(fillPercent) - fillPercent / scale;
        return (density, -shape + fillPercent / scale);
    }
}
