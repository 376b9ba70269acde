using System.Globalization;
using Spectre.Console;
using Waste.Simulation.Calibration;
using Waste.Simulation.City;

namespace Waste.Simulator;

/// <summary>The city's fill beside the data it is calibrated on: days to full and what a daily round would find.</summary>
public static class FillTable
{
    /// <summary>The table for <paramref name="city"/> and its <paramref name="check"/>.</summary>
    public static Table Of(VirtualCity city, CityFillCheck check, CityOptions options)
    {
        var data = FillCalibration.Edinburgh2016.Summary;
        var model = options.Fill.Name;
        var table = new Table()
            .Title(Markup.Escape($"Bin fill: the {model} model (--fill-model) beside Edinburgh's 2016 litter bins"))
            .AddColumn("")
            .AddColumn(new TableColumn("days to full, p10 / p25 / p50 / p75 / p90").RightAligned())
            .AddColumn(new TableColumn("daily round: collections under 25 %").RightAligned());
        table.AddRow(Invariant($"data: Edinburgh 2016, each bin's rate ({data.BinsSummarised} bins)"), data.DataBins.ToString(), Invariant($"{data.DataUnderQuarter:P1}"));
        table.AddRow("fitted, at this city's bin sizes", check.Fitted.ToString(), Invariant($"{check.FittedUnderQuarter:P1}"));
        table.AddRow(Invariant($"this city: {city.Bins.Count} bins, seed {options.Seed}"), check.City.ToString(), Invariant($"{check.CityUnderQuarter:P1}"));
        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
