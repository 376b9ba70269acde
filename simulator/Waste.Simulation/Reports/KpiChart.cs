using ScottPlot;
using Waste.Simulation.Kpis;

namespace Waste.Simulation.Reports;

/// <summary>
/// The chart a city looks at first (ScottPlot, PNG): for each policy, truck-km, overflow bin-hours and missed
/// pickups as bars side by side, each relative to the daily schedule's (= 100), so one axis serves all three.
/// </summary>
public static class KpiChart
{
    /// <summary>Writes the comparison of <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<PolicyKpis> results, string title)
    {
        var baseline = results.FirstOrDefault(r => r.Policy == Grains.Planning.SelectionPolicy.Daily) ?? results[0];
        (string Name, Func<PolicyKpis, double> Value, Color Color)[] series =
        [
            ("truck-km", r => r.TruckKm, Colors.SteelBlue),
            ("overflow bin-hours", r => r.OverflowBinHours, Colors.OrangeRed),
            ("missed pickups", r => r.MissedPickups, Colors.Gray),
            ("CO2", r => r.Co2Kg, Colors.SeaGreen),
        ];
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var p = 0; p < results.Count; p++)
        {
            for (var s = 0; s < series.Length; s++)
            {
                var reference = series[s].Value(baseline);
                var value = reference > 0 ? 100 * series[s].Value(results[p]) / reference : 0;
                bars.Add(new Bar { Position = p * (series.Length + 1) + s, Value = value, FillColor = series[s].Color, Label = $"{value:F0}" });
            }
        }

        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 10;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. results.Select((r, p) => new Tick(p * (series.Length + 1) + (series.Length - 1) / 2.0, r.Policy.ToString()))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("relative to the daily schedule (= 100)");
        plot.Title(title);
        for (var s = 0; s < series.Length; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = series[s].Color });
        }

        plot.Legend.Alignment = Alignment.UpperRight;
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
    }
}
