using Microsoft.Extensions.Localization;
using Waste.Registry;

namespace Waste.Web.Reports;

/// <summary>A column of DONRE's report: its heading in the reader's language, and its value in a row, rounded to
/// <see cref="Decimals"/> (text, or a number; null where there is nothing to measure). The page, the CSV and the XLSX
/// all show these columns, so they always agree.</summary>
public sealed record ReportColumn(string Heading, Func<AreaFigures, object?> Value, int Decimals = 0)
{
    /// <summary>The report's columns, headed in the language of <paramref name="text"/>.</summary>
    public static IReadOnlyList<ReportColumn> All(IStringLocalizer<Text> text)
    {
        var streams = Enum.GetValues<WasteStream>();
        return
        [
            new(text["District"], r => r.District),
            new(text["Ward"], r => r.Ward ?? ""),
            .. streams.Select(s => new ReportColumn($"{text["Volume (L)"]}: {text[$"Stream.{s}"]}", r => Round(r.Litres[s], 1), 1)),
            new(text["Total volume (L)"], r => Round(r.TotalLitres, 1), 1),
            .. streams.Select(s => new ReportColumn($"{text["Estimated mass (kg)"]}: {text[$"Stream.{s}"]}", r => Round(r.Kilograms[s], 1), 1)),
            new(text["Total estimated mass (kg)"], r => Round(r.TotalKilograms, 1), 1),
            new(text["Sorting rate by volume (%)"], r => Percent(r.SortingRateByVolume), 1),
            new(text["Sorting rate by mass (%)"], r => Percent(r.SortingRateByMass), 1),
            new(text["Collections"], r => r.Collections),
            new(text["Overflow incidents"], r => r.OverflowIncidents),
            new(text["Overflow (bin-hours)"], r => Round(r.OverflowBinHours, 1), 1),
            new(text["Toilet availability (%)"], r => Percent(r.ToiletAvailability), 1),
            new(text["Toilet visits"], r => r.ToiletVisits),
            new(text["Toilet faults"], r => r.ToiletFaults),
            new(text["Other device faults"], r => r.DeviceFaults),
        ];
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static double? Percent(double? share) => share is { } s ? Round(100 * s, 1) : null;
}
