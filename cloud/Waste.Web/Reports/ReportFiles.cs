using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Waste.Web.Reports;

/// <summary>DONRE's report as files to download: CSV in the reader's number format, and XLSX with real numbers.</summary>
public static class ReportFiles
{
    /// <summary>The file name, without extension (<c>bao-cao-2026-11-phuong</c>, <c>report-2026-Q4-district</c>).</summary>
    public static string Name(DonreReport report, IStringLocalizer<Text> text) =>
        $"{text["report-file"]}-{report.Period.Code}-{text[$"report-file-{report.Area}"]}";

    /// <summary>CSV, UTF-8 with a byte order mark (so spreadsheet programs read Vietnamese right); numbers in the
    /// culture's format without thousands separators, and the culture's list separator (';' where the decimal
    /// separator is ',').</summary>
    public static byte[] Csv(DonreReport report, IStringLocalizer<Text> text, CultureInfo culture)
    {
        var columns = ReportColumn.All(text);
        var configuration = new CsvConfiguration(culture)
        {
            Delimiter = culture.NumberFormat.NumberDecimalSeparator == "," ? ";" : ",",
        };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Heading);
            }

            csv.NextRecord();
            foreach (var row in Rows(report, text))
            {
                foreach (var column in columns)
                {
                    csv.WriteField(column.Value(row) switch
                    {
                        double number => number.ToString("F" + column.Decimals, culture),
                        int count => count.ToString(culture),
                        null => "",
                        var other => other.ToString(),
                    });
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>XLSX: a sheet of figures (numbers as numbers) and a sheet that says what the report is.</summary>
    public static byte[] Xlsx(DonreReport report, IStringLocalizer<Text> text, DateTimeOffset generatedAt)
    {
        var columns = ReportColumn.All(text);
        var figures = Rows(report, text)
            .Select(row => columns.ToDictionary(c => c.Heading, c => c.Value(row)))
            .ToList();
        var about = new[]
        {
            new Dictionary<string, object?> { [text["Item"]] = text["Period"].Value, [text["Value"]] = $"{report.Period.Code} ({report.Period.From:yyyy-MM-dd} – {report.Period.To:yyyy-MM-dd})" },
            new Dictionary<string, object?> { [text["Item"]] = text["Rows"].Value, [text["Value"]] = text[$"ReportArea.{report.Area}"].Value },
            new Dictionary<string, object?> { [text["Item"]] = text["Generated"].Value, [text["Value"]] = generatedAt.ToString("u", CultureInfo.InvariantCulture) },
            new Dictionary<string, object?> { [text["Item"]] = text["Mass"].Value, [text["Value"]] = text["Mass is estimated from volume with a density per stream until weighbridge data exist."].Value },
        };
        var sheets = new Dictionary<string, object>
        {
            [text["Figures"]] = figures,
            [text["About"]] = about,
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets);
        return buffer.ToArray();
    }

    private static IEnumerable<AreaFigures> Rows(DonreReport report, IStringLocalizer<Text> text) =>
        [.. report.Rows, report.Total with { District = text["Whole city"] }];
}
