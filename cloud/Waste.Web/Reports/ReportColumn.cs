using Microsoft.Extensions.Localization;
using Waste.Registry;

namespace Waste.Web.Reports;

/// <summary>A column of DONRE's report: its heading in the reader's language, and its value in a row, rounded to
/// <see cref="Decimals"/> (text, or a number; null where there is nothing to measure). The page, the CSV and the XLSX
/// all show these columns, so they always agree. The files head a column with <see cref="Heading"/>; the page splits
/// the report in two tables by <see cref="Section"/> and heads a column with its <see cref="Group"/> over its short
/// <see cref="Label"/>, so it fits a laptop's screen.</summary>
public sealed record ReportColumn(string Heading, Func<AreaFigures, object?> Value, int Decimals = 0)
{
    /// <summary>The heading the page shows under its group ("Residual" under "Volume (L)").</summary>
    public string Label { get; init; } = Heading;

    /// <summary>The columns over several that this one is part of, or null.</summary>
    public string? Group { get; init; }

    /// <summary>The part of the report it belongs to.</summary>
    public ReportSection Section { get; init; }

    /// <summary>The stream the column counts, where it counts one.</summary>
    public WasteStream? Stream { get; init; }

    /// <summary>The report's columns, headed in the language of <paramref name="text"/>.</summary>
    public static IReadOnlyList<ReportColumn> All(IStringLocalizer<Text> text)
    {
        var streams = Enum.GetValues<WasteStream>();
        string volume = text["Volume (L)"], mass = text["Estimated mass (kg)"], sorting = text["Sorting rate (%)"],
            overflow = text["Overflow"], toilets = text["Toilets"], total = text["Total"];
        return
        [
            new(text["District"], r => r.District) { Section = ReportSection.Area },
            new(text["Ward"], r => r.Ward ?? "") { Section = ReportSection.Area },
            .. streams.Select(s => new ReportColumn($"{volume}: {text[$"Stream.{s}"]}", r => Round(r.Litres[s], 1), 1)
                { Label = text[$"Stream.{s}"], Group = volume, Section = ReportSection.Waste, Stream = s }),
            new(text["Total volume (L)"], r => Round(r.TotalLitres, 1), 1) { Label = total, Group = volume, Section = ReportSection.Waste },
            .. streams.Select(s => new ReportColumn($"{mass}: {text[$"Stream.{s}"]}", r => Round(r.Kilograms[s], 1), 1)
                { Label = text[$"Stream.{s}"], Group = mass, Section = ReportSection.Waste, Stream = s }),
            new(text["Total estimated mass (kg)"], r => Round(r.TotalKilograms, 1), 1) { Label = total, Group = mass, Section = ReportSection.Waste },
            new(text["Sorting rate by volume (%)"], r => Percent(r.SortingRateByVolume), 1) { Label = text["by volume"], Group = sorting, Section = ReportSection.Waste },
            new(text["Sorting rate by mass (%)"], r => Percent(r.SortingRateByMass), 1) { Label = text["by mass"], Group = sorting, Section = ReportSection.Waste },
            new(text["Collections"], r => r.Collections) { Section = ReportSection.Service },
            new(text["Overflow incidents"], r => r.OverflowIncidents) { Label = text["incidents"], Group = overflow, Section = ReportSection.Service },
            new(text["Overflow (bin-hours)"], r => Round(r.OverflowBinHours, 1), 1) { Label = text["bin-hours"], Group = overflow, Section = ReportSection.Service },
            new(text["Toilet availability (%)"], r => Percent(r.ToiletAvailability), 1) { Label = text["availability (%)"], Group = toilets, Section = ReportSection.Service },
            new(text["Toilet visits"], r => r.ToiletVisits) { Label = text["visits"], Group = toilets, Section = ReportSection.Service },
            new(text["Toilet faults"], r => r.ToiletFaults) { Label = text["faults"], Group = toilets, Section = ReportSection.Service },
            new(text["Other device faults"], r => r.DeviceFaults) { Section = ReportSection.Service },
        ];
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static double? Percent(double? share) => share is { } s ? Round(100 * s, 1) : null;
}
