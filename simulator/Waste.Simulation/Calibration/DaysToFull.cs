using System.Globalization;

namespace Waste.Simulation.Calibration;

/// <summary>Quantiles (10, 25, 50, 75, 90 %) of days for a bin to go from empty to full.</summary>
public sealed record DaysToFull(double P10, double P25, double P50, double P75, double P90)
{
    /// <summary>The probabilities the quantiles are at.</summary>
    public static readonly IReadOnlyList<double> Probabilities = [0.10, 0.25, 0.50, 0.75, 0.90];

    /// <summary>The quantiles as a list, in the order of <see cref="Probabilities"/>.</summary>
    public IReadOnlyList<double> Values => [P10, P25, P50, P75, P90];

    /// <summary>The quantiles of a distribution given by its quantile function.</summary>
    public static DaysToFull Of(Func<double, double> quantile) => new(quantile(0.10), quantile(0.25), quantile(0.50), quantile(0.75), quantile(0.90));

    /// <summary>The empirical quantiles of <paramref name="days"/> (linear between order statistics).</summary>
    public static DaysToFull Of(IEnumerable<double> days)
    {
        var sorted = days.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("no days to full to take quantiles of", nameof(days));
        }

        return Of(p =>
        {
            var position = p * (sorted.Length - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Length - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
        });
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" / ", Values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));
}
