using System.Globalization;
using CsvHelper;
using Spectre.Console;

namespace Waste.Forecasting.Bench;

/// <summary>The benchmark's table: mean absolute errors per bin and overall, with and without the forecasts an
/// emptying made impossible, and the improvement over the linear baseline.</summary>
public static class ForecastReport
{
    /// <summary>Prints the tables.</summary>
    public static void Print(IReadOnlyList<ForecastScore> scores, double horizonHours, double threshold)
    {
        var table = new Table().Title($"Fill forecast {horizonHours:0} h ahead: mean absolute error, percentage points");
        foreach (var column in new[] { "bin", "forecasts", "ours", "linear", "persistence", "ours vs linear", "80 % band holds" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var group in scores.GroupBy(s => s.BinId))
        {
            AddRow(table, group.Key, [.. group]);
        }

        AddRow(table, "all", scores);
        AddRow(table, "all, no emptying", [.. scores.Where(s => !s.EmptiedMeanwhile)]);
        AnsiConsole.Write(table);

        var crossings = scores.Where(s => s.OursCrossingErrorHours is not null).ToList();
        var crossing = new Table().Title($"Time to reach {threshold:0} %: mean absolute error, hours (forecasts made below it that the bin later crossed, two readings in a row)");
        foreach (var column in new[] { "forecasts", "ours", "linear", "ours vs linear" })
        {
            crossing.AddColumn(new TableColumn(column).RightAligned());
        }

        if (crossings.Count > 0)
        {
            var ours = crossings.Average(s => s.OursCrossingErrorHours!.Value);
            var linear = crossings.Average(s => s.LinearCrossingErrorHours!.Value);
            crossing.AddRow(crossings.Count.ToString(CultureInfo.InvariantCulture), F(ours), F(linear), Improvement(ours, linear));
        }

        AnsiConsole.Write(crossing);
    }

    /// <summary>Writes every scored forecast.</summary>
    public static void WriteCsv(IEnumerable<ForecastScore> scores, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(scores);
    }

    private static void AddRow(Table table, string label, IReadOnlyList<ForecastScore> scores)
    {
        if (scores.Count == 0)
        {
            return;
        }

        var ours = scores.Average(s => Math.Abs(s.Ours - s.Actual));
        var linear = scores.Average(s => Math.Abs(s.Linear - s.Actual));
        var persistence = scores.Average(s => Math.Abs(s.Persistence - s.Actual));
        var band = scores.Count(s => s.InsideBand) / (double)scores.Count;
        table.AddRow(label, scores.Count.ToString(CultureInfo.InvariantCulture), F(ours), F(linear), F(persistence), Improvement(ours, linear), band.ToString("P0", CultureInfo.InvariantCulture));
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Improvement(double ours, double baseline) =>
        baseline == 0 ? "-" : ((baseline - ours) / baseline).ToString("+0.0 %;-0.0 %", CultureInfo.InvariantCulture) + " lower";
}
