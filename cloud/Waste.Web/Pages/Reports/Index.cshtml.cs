using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Waste.Grains.Rules;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Reports;

namespace Waste.Web.Pages.Reports;

/// <summary>DONRE's report by month or quarter and by ward or district, with charts, and as CSV or XLSX.</summary>
public sealed class ReportModel(
    DonreReports reports, IStringLocalizer<Text> text, IOptions<DeviceRules> rules, IDeviceRegistry registry,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : PageModel
{
    /// <summary>The period asked for (<c>2026-11</c>, <c>2026-Q4</c>); the current month when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>Rows by ward or by district.</summary>
    [BindProperty(SupportsGet = true)]
    public ReportArea By { get; set; } = ReportArea.Ward;

    /// <summary>The report shown.</summary>
    public DonreReport? Report { get; private set; }

    /// <summary>The periods offered: this month and the eleven before, this quarter and the three before.</summary>
    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    /// <summary>The streams the page leaves out: no bin of theirs is registered and none was collected in the period
    /// (a hazardous column of zeros says nothing). The files keep every column.</summary>
    public IReadOnlyList<WasteStream> StreamsLeftOut { get; private set; } = [];

    /// <summary>The columns of one table of the page, in the reader's language: the area's, then the section's.</summary>
    public IReadOnlyList<ReportColumn> PageColumns(ReportSection section) =>
    [
        .. ReportColumn.All(text).Where(c => (c.Section == ReportSection.Area || c.Section == section)
            && !(c.Stream is { } stream && StreamsLeftOut.Contains(stream))),
    ];

    /// <summary>The chart series as JSON.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>Shows the report.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var held = registry.All().Select(d => d.Stream).OfType<WasteStream>().ToHashSet();
        StreamsLeftOut = [.. Enum.GetValues<WasteStream>().Where(s => !held.Contains(s) && Report!.Total.Litres[s] == 0)];
        var streams = Enum.GetValues<WasteStream>().Except(StreamsLeftOut);
        ChartJson = JsonSerializer.Serialize(new
        {
            labels = Report!.Rows.Select(Label),
            streams = streams.Select(s => new { name = text[$"Stream.{s}"].Value, stream = s.ToString(), values = Report.Rows.Select(r => Math.Round(r.Litres[s], 1)) }),
            sorting = Report.Rows.Select(r => r.SortingRateByVolume is { } v ? Math.Round(100 * v, 1) : (double?)null),
        }).Replace("</", "<\\/", StringComparison.Ordinal);
        return Page();
    }

    /// <summary>The report as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync() =>
        await LoadAsync() ?? File(ReportFiles.Csv(Report!, text, CultureInfo.CurrentCulture), "text/csv; charset=utf-8", ReportFiles.Name(Report!, text) + ".csv");

    /// <summary>The report as XLSX.</summary>
    public async Task<IActionResult> OnGetXlsxAsync() =>
        await LoadAsync() ?? File(
            ReportFiles.Xlsx(Report!, text, time.GetUtcNow()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportFiles.Name(Report!, text) + ".xlsx");

    /// <summary>A period as the reader says it ("Tháng 11/2026", "Quý 4/2026").</summary>
    public string PeriodName(ReportPeriod period) => period.IsQuarter
        ? string.Format(CultureInfo.CurrentCulture, text["Quarter {0}/{1}"], period.Code[6], period.From.Year)
        : string.Format(CultureInfo.CurrentCulture, text["Month {0}/{1}"], period.From.Month, period.From.Year);

    private async Task<IActionResult?> LoadAsync()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(rules.Value.UtcOffset).DateTime);
        Periods = ReportPeriod.Recent(today, months: 12, quarters: 4);
        var period = Period is null ? ReportPeriod.MonthOf(today) : ReportPeriod.Parse(Period);
        if (period is null)
        {
            return BadRequest(text["The period must be a month (2026-11) or a quarter (2026-Q4)."].Value);
        }

        if (!Periods.Contains(period))
        {
            Periods = [period, .. Periods];
        }

        Report = await reports.BuildAsync(period, By);
        return null;
    }

    private static string Label(AreaFigures row) => row.Ward is null ? row.District : $"{row.Ward} ({row.District})";
}
