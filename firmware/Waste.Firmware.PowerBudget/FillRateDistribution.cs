using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Waste.Firmware.PowerBudget;

/// <summary>A city's bins by how fast they fill, percent of their capacity a day: the budget weighs each.</summary>
/// <param name="Name">Where the figures come from.</param>
/// <param name="PercentPerDay">Each bin's mean fill rate.</param>
public sealed record FillRateDistribution(string Name, IReadOnlyList<double> PercentPerDay)
{
    /// <summary>The quantiles <see cref="FromDaysToFull"/> takes: p10, p25, p50, p75, p90.</summary>
    public static readonly double[] Probabilities = [0.10, 0.25, 0.50, 0.75, 0.90];

    /// <summary>
    /// The simulator's calibrated city (fitted to Edinburgh's 2016 litter bins, mapped onto Binh Duong): its bins' days
    /// to full at their mean rates, p10 / p25 / p50 / p75 / p90 = 1.32 / 1.99 / 3.07 / 4.41 / 6.78, as
    /// <c>simulate --bins 2000 --toilets 60 --days 28 --seed 1</c> prints them (simulator/README.md, "The city beside
    /// the data").
    /// </summary>
    public static FillRateDistribution CalibratedCity { get; } =
        FromDaysToFull("the simulator's calibrated city (seed 1, 2,000 bins)", [1.32, 1.99, 3.07, 4.41, 6.78]);

    /// <summary>
    /// <paramref name="bins"/> bins whose days to full (from empty to 100 %) have the quantiles
    /// <paramref name="daysToFull"/> at <see cref="Probabilities"/>: the log of the days is interpolated linearly on
    /// the normal scale between them, and carried on with the outer slopes beyond (a log-normal's tails).
    /// </summary>
    public static FillRateDistribution FromDaysToFull(string name, IReadOnlyList<double> daysToFull, int bins = 1000)
    {
        if (daysToFull.Count != Probabilities.Length || daysToFull.Any(d => !(d > 0)) || daysToFull.Zip(daysToFull.Skip(1)).Any(p => p.Second < p.First))
        {
            throw new ArgumentException($"days to full: {Probabilities.Length} positive quantiles in rising order (p10, p25, p50, p75, p90)", nameof(daysToFull));
        }

        var z = Probabilities.Select(p => Normal.InvCDF(0, 1, p)).ToArray();
        var logs = daysToFull.Select(d => Math.Log(d)).ToArray();
        var rates = new double[bins];
        for (var i = 0; i < bins; i++)
        {
            var at = Normal.InvCDF(0, 1, (i + 0.5) / bins);
            var k = at < z[1] ? 0 : at >= z[^2] ? z.Length - 2 : Array.FindLastIndex(z, q => q <= at);
            var log = logs[k] + (logs[k + 1] - logs[k]) * (at - z[k]) / (z[k + 1] - z[k]);
            rates[i] = 100 / Math.Exp(log);
        }

        return new FillRateDistribution(name, rates);
    }

    /// <summary>The bins of a file: one fill rate a line, percent of capacity a day; blank lines and lines starting
    /// with '#' are skipped.</summary>
    public static FillRateDistribution FromFile(string path)
    {
        var rates = new List<double>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!double.TryParse(line, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || !(rate > 0) || rate > 10000)
            {
                throw new ArgumentException($"{path}, line {number}: '{line}' is not a fill rate (percent a day, above 0)");
            }

            rates.Add(rate);
        }

        return rates.Count > 0 ? new FillRateDistribution(path, rates) : throw new ArgumentException($"{path}: no fill rates");
    }
}
