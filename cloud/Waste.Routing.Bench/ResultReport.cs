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
        var columns = solvers.Concat(results.Where(r => r.Checkpoint is not null).OrderBy(r => r.Checkpoint).Select(r => r.Solver).Distinct()).ToList();
        var table = new Table().Title($"CVRP benchmark, time limit {budget} per instance");
        table.AddColumn("instance");
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("BKS").RightAligned());
        foreach (var solver in columns)
        {
            table.AddColumn(new TableColumn($"{solver} cost").RightAligned());
            table.AddColumn(new TableColumn($"{solver} gap %").RightAligned());
            table.AddColumn(new TableColumn($"{solver} s").RightAligned());
        }

        foreach (var instance in results.GroupBy(r => r.Instance))
        {
            var first = instance.First();
            var decimals = first.Decimals;
            var cells = new List<string> { instance.Key, Text(first.Customers), Text(first.BestKnown, decimals) };
            foreach (var solver in columns)
            {
                var r = instance.FirstOrDefault(x => x.Solver == solver);
                cells.Add(r is null ? "" : r.Outcome switch
                {
                    BenchmarkOutcome.Solved => Text(r.Cost, decimals),
                    BenchmarkOutcome.Infeasible when r.Routes == 0 => "none",
                    BenchmarkOutcome.Infeasible => $"{Text(r.Cost, decimals)} (infeasible)",
                    _ => r.Outcome.ToString().ToLowerInvariant(),
                });
                cells.Add(r is null || r.Outcome is BenchmarkOutcome.Crashed or BenchmarkOutcome.Unsupported || r.Routes == 0 ? "" : r.GapPercent.ToString("F2", CultureInfo.InvariantCulture));
                cells.Add(r is null || r.Checkpoint is not null && r.Routes == 0 ? "" : r.Seconds.ToString("F1", CultureInfo.InvariantCulture));
            }

            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        foreach (var refused in results.Where(r => r.Outcome is BenchmarkOutcome.Crashed or BenchmarkOutcome.Unsupported or BenchmarkOutcome.Infeasible).DistinctBy(r => (r.Instance, r.Message)))
        {
            console.WriteLine($"{refused.Instance} {refused.Solver}: {refused.Outcome.ToString().ToLowerInvariant()}: {refused.Message}");
        }

        foreach (var below in results.Where(r => r.Feasible && r.Cost < r.BestKnown))
        {
            console.WriteLine($"{below.Instance} {below.Solver}: {below.Cost} is below the best-known {below.BestKnown}; the checker confirms the written solution {below.SolutionFile}");
        }

        foreach (var solver in columns)
        {
            var mine = results.Where(r => r.Solver == solver).ToList();
            var feasible = mine.Where(r => r.Feasible).ToList();
            var mean = feasible.Count == 0 ? double.NaN : feasible.Average(r => r.GapPercent);
            console.WriteLine($"mean gap {solver}: {Percent(mean)} over the {feasible.Count} of {mine.Count} instances it solved feasibly");
        }

        if (solvers.Count == 2)
        {
            // The ratio compares like with like: the instances both solvers solved feasibly.
            var both = results.GroupBy(r => r.Instance).Where(g => g.Count() == 2 && g.All(r => r.Feasible)).ToList();
            var ours = both.Count == 0 ? double.NaN : both.Average(g => g.Single(r => r.Solver == solvers[0]).GapPercent);
            var theirs = both.Count == 0 ? double.NaN : both.Average(g => g.Single(r => r.Solver == solvers[1]).GapPercent);
            console.WriteLine($"on the {both.Count} instances both solved: mean gap {solvers[0]} {Percent(ours)}, {solvers[1]} {Percent(theirs)}, ratio {(theirs > 0 ? (ours / theirs).ToString("F3", CultureInfo.InvariantCulture) : "n/a")}");
        }
    }

    /// <summary>Writes <paramref name="results"/> as CSV to <paramref name="writer"/>.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<BenchmarkResult> results)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteRecords(results);
    }

    private static string Text(double value, int decimals = 0) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("F3", CultureInfo.InvariantCulture) + " %" : "n/a";
}
