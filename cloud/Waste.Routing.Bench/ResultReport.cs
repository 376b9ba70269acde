using System.Globalization;
using CsvHelper;
using Spectre.Console;

namespace Waste.Routing.Bench;

/// <summary>Prints results as a table (Spectre.Console) with mean gaps and their ratio, and writes them as CSV (CsvHelper).</summary>
public static class ResultReport
{
    /// <summary>Writes the table of <paramref name="results"/> to <paramref name="console"/>.</summary>
    public static void WriteTable(IAnsiConsole console, IReadOnlyList<BenchmarkResult> results, IReadOnlyList<string> solvers, TimeBudget budget)
    {
        var table = new Table().Title($"CVRP benchmark, time limit {budget} per instance");
        table.AddColumn("instance");
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("BKS").RightAligned());
        foreach (var solver in solvers)
        {
            table.AddColumn(new TableColumn($"{solver} cost").RightAligned());
            table.AddColumn(new TableColumn($"{solver} gap %").RightAligned());
            table.AddColumn(new TableColumn($"{solver} s").RightAligned());
        }

        foreach (var instance in results.GroupBy(r => r.Instance))
        {
            var first = instance.First();
            var cells = new List<string> { instance.Key, Text(first.Customers), Text(first.BestKnown) };
            foreach (var solver in solvers)
            {
                var r = instance.FirstOrDefault(x => x.Solver == solver);
                cells.Add(r is null ? "" : r.Feasible ? Text(r.Cost) : $"{Text(r.Cost)} (infeasible)");
                cells.Add(r is null ? "" : r.GapPercent.ToString("F2", CultureInfo.InvariantCulture));
                cells.Add(r is null ? "" : r.Seconds.ToString("F1", CultureInfo.InvariantCulture));
            }

            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        var means = solvers.ToDictionary(s => s, s => MeanGap(results, s));
        foreach (var solver in solvers)
        {
            var feasible = results.Count(r => r.Solver == solver && r.Feasible);
            var total = results.Count(r => r.Solver == solver);
            console.WriteLine($"mean gap {solver}: {Percent(means[solver])} ({feasible}/{total} feasible)");
        }

        if (means.TryGetValue("ours", out var ours) && means.TryGetValue("ortools", out var ortools) && ortools > 0)
        {
            console.WriteLine($"ratio ours / ortools mean gap: {(ours / ortools).ToString("F3", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Writes <paramref name="results"/> as CSV to <paramref name="writer"/>.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<BenchmarkResult> results)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteRecords(results);
    }

    /// <summary>Mean gap of <paramref name="solver"/>, in per cent; an infeasible result counts as missing a solution (infinite).</summary>
    public static double MeanGap(IReadOnlyList<BenchmarkResult> results, string solver)
    {
        var mine = results.Where(r => r.Solver == solver).ToList();
        if (mine.Count == 0)
        {
            return double.NaN;
        }

        return mine.Any(r => !r.Feasible) ? double.PositiveInfinity : mine.Average(r => r.GapPercent);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("F3", CultureInfo.InvariantCulture) + " %" : "n/a (an infeasible or missing result)";
}
