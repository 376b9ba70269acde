namespace Waste.Simulation.Calibration;

/// <summary>
/// The Kaplan-Meier estimate of a distribution from values some of which are only lower bounds (right-censored): each
/// censored value leaves the risk set without counting as an event. Here the values are cycles' rates, censored when
/// the fill was at the cap.
/// </summary>
public static class KaplanMeier
{
    /// <summary>The <paramref name="p"/> quantile: the smallest value at which the estimated share below reaches
    /// <paramref name="p"/> (NaN when censoring leaves it unknown).</summary>
    public static double Quantile(IReadOnlyList<(double Value, bool Censored)> sample, double p)
    {
        var ordered = sample.OrderBy(s => s.Value).ThenBy(s => s.Censored).ToList();
        var survival = 1.0;
        var atRisk = ordered.Count;
        foreach (var (value, censored) in ordered)
        {
            if (!censored)
            {
                survival *= 1 - 1.0 / atRisk;
                if (1 - survival >= p - 1e-12)
                {
                    return value;
                }
            }

            atRisk--;
        }

        return double.NaN;
    }
}
