using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Reports;
using Waste.Reports.Bench;
using Waste.Reports.Cosmos;
using Waste.Reports.Documents;
using Waste.Reports.Sqlite;

var cosmos = new Option<string?>("--cosmos") { Description = "A Cosmos DB connection string; without it the store is a SQLite file in a temporary folder" };
var wards = new Option<int>("--wards") { Description = "Wards in the district", DefaultValueFactory = _ => 20 };
var days = new Option<int>("--days") { Description = "Days written per ward", DefaultValueFactory = _ => 400 };
var runs = new Option<int>("--runs") { Description = "Runs of each read, of which the median is reported", DefaultValueFactory = _ => 9 };
var root = new RootCommand("Writes wards' days into the report store, then times a day's merge and the reads of a month, a year and a district's month")
{
    cosmos, wards, days, runs,
};
root.SetAction(async (result, cancellationToken) =>
{
    var directory = Directory.CreateTempSubdirectory("report-bench-").FullName;
    var connection = result.GetValue(cosmos);
    IDocumentStore store = connection is null
        ? new SqliteDocumentStore(Path.Combine(directory, "reports.db"))
        : new CosmosDocumentStore(new CosmosDocumentStoreOptions { ConnectionString = connection, Database = $"report-bench-{Guid.NewGuid():N}" });
    try
    {
        var reports = new ReportStore(store, Options.Create(new DeviceRules()));
        var wardKeys = Enumerable.Range(1, result.GetValue(wards)).Select(w => ZoneKey.For("Thủ Dầu Một", $"Phường {w}")).ToList();
        var dayCount = result.GetValue(days);
        var last = new DateOnly(2026, 11, 30);
        var first = last.AddDays(1 - dayCount);
        var runCount = result.GetValue(runs);

        var fill = await ReportTiming.MeasureAsync($"write {wardKeys.Count} wards x {dayCount} days", wardKeys.Count * dayCount * 2, 1, _ =>
            Parallel.ForEachAsync(wardKeys.SelectMany(w => Enumerable.Range(0, dayCount).Select(d => (w, d))),
                new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
                async (day, token) => await reports.WriteDayAsync(day.w, Day(first.AddDays(day.d), 1), token)));
        var merge = await ReportTiming.MeasureAsync("merge into a day", 2, runCount * 10, run =>
            reports.WriteDayAsync(wardKeys[0], Day(last, 2 + run), cancellationToken));
        var month = await ReportTiming.MeasureAsync("read a ward's 30 days", 30, runCount, async _ =>
            Check(await reports.ReadDaysAsync(wardKeys[^1], last.AddDays(-29), last, cancellationToken), Math.Min(30, dayCount)));
        var year = await ReportTiming.MeasureAsync("read a ward's 365 days", 365, runCount, async _ =>
            Check(await reports.ReadDaysAsync(wardKeys[^1], last.AddDays(-364), last, cancellationToken), Math.Min(365, dayCount)));
        var district = await ReportTiming.MeasureAsync($"read {wardKeys.Count} wards' 30 days", wardKeys.Count * 30, runCount, async _ =>
        {
            foreach (var ward in wardKeys)
            {
                Check(await reports.ReadDaysAsync(ward, last.AddDays(-29), last, cancellationToken), Math.Min(30, dayCount));
            }
        });

        var table = new Table().AddColumns("operation", "point ops", "median ms", "fastest ms", "slowest ms", "runs");
        foreach (var timing in new[] { fill, merge, month, year, district })
        {
            table.AddRow(timing.Operation, timing.PointOperations.ToString("N0", CultureInfo.InvariantCulture), Ms(timing.Median), Ms(timing.Fastest),
                Ms(timing.Slowest), timing.Runs.Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.MarkupLine($"Report store: [bold]{(connection is null ? "SQLite" : "Cosmos DB")}[/], {Environment.ProcessorCount} cores; writes 8 in flight, reads {ReportStore.ReadsInFlight} in flight per ward");
        AnsiConsole.Write(table);
        return 0;
    }
    finally
    {
        (store as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
});
return await root.Parse(args).InvokeAsync();

static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture);

// A read that came back short would make the timing meaningless: stop with the reason.
static void Check(IReadOnlyList<ZoneDay> read, int expected)
{
    if (read.Count != expected)
    {
        throw new InvalidOperationException($"read {read.Count} days, expected {expected}");
    }
}

static ZoneDay Day(DateOnly date, double scale) => new()
{
    Date = date,
    CollectedLitres = new() { [WasteStream.Recyclable] = 480 * scale, [WasteStream.Organic] = 960 * scale, [WasteStream.Residual] = 1_440 * scale },
    CollectedKilograms = new() { [WasteStream.Recyclable] = 38 * scale, [WasteStream.Organic] = 432 * scale, [WasteStream.Residual] = 360 * scale },
    Collections = new() { [WasteStream.Recyclable] = 2, [WasteStream.Organic] = 4, [WasteStream.Residual] = 6 },
    OverflowBinHours = 3.5 * scale,
    ToiletAvailableHours = 22 * scale,
    ToiletUnavailableHours = 2,
    ToiletVisits = (int)(140 * scale),
};
