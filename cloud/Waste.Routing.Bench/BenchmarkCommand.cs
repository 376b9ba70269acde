using System.CommandLine;
using System.IO.Enumeration;
using Spectre.Console;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>The routing-bench command line: options, the run over a set, the table, the CSV and the exit code.</summary>
public static class BenchmarkCommand
{
    /// <summary>The command; <c>Create().Parse(args).Invoke()</c> runs it and returns its exit code. The table goes to
    /// <paramref name="console"/>, progress to <paramref name="progress"/> and the CSV to <paramref name="output"/>
    /// (the terminal's by default).</summary>
    public static RootCommand Create(IAnsiConsole? console = null, TextWriter? progress = null, TextWriter? output = null)
    {
        var set = new Option<DirectoryInfo>("--set")
        {
            Description = "Folder of instance files (.vrp, .txt)",
            DefaultValueFactory = _ => new DirectoryInfo("../shared/data/cvrplib/X"),
        };
        var format = new Option<string>("--format") { Description = "Instance format; auto tells it from each file's content", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "cvrplib", "solomon", "kim");
        var time = new Option<string>("--time") { Description = "Time limit per instance: seconds, or seconds per customer as '2.4n'", DefaultValueFactory = _ => "2.4n" };
        var solver = new Option<string>("--solver") { Description = "Which solver(s) to run", DefaultValueFactory = _ => "both" };
        solver.AcceptOnlyFromAmong("ours", "ortools", "both");
        var iterations = new Option<int?>("--iterations")
        {
            Description = "Also stop our solver after this many genetic iterations (with the same seed, a deterministic run: for timing and comparing versions)",
        };
        var processorTime = new Option<bool>("--processor-time")
        {
            Description = "Count --time in processor seconds of this process, not wall-clock (our solver only; for a shared, loaded machine)",
        };
        var checkpoints = new Option<string?>("--checkpoints")
        {
            Description = "Also write and check our solver's best feasible solution at these times of the same clock, seconds, e.g. '10,60' (a time-to-quality table from one run)",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of our solver", DefaultValueFactory = _ => 1 };
        var sideBySide = new Option<bool>("--side-by-side")
        {
            Description = "Run the two solvers of an instance at the same time, one thread each (needs a core for each); otherwise one after the other",
        };
        var instances = new Option<string>("--instances") { Description = "Instance name pattern (* and ?), e.g. 'X-n1*'", DefaultValueFactory = _ => "*" };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write the CSV to this file" };
        var bks = new Option<FileInfo?>("--bks") { Description = "Best-known solutions (default: bks.csv beside or above the set folder)" };
        var withoutBks = new Option<bool>("--without-bks")
        {
            Description = "Run instances that have no best-known cost too (their gap is n/a); without it they are skipped, and a missing bks.csv is an error",
        };
        var writeSolutions = new Option<DirectoryInfo?>("--write-solutions")
        {
            Description = "Write every solution there in the set's format (CVRPLIB .sol); without it, only solutions below the best-known cost are kept (in ./below-bks)",
        };
        var root = new RootCommand("""
            routing-bench: our solver and OR-Tools on benchmark sets (CVRPLIB, CMT, Solomon), same run, same time limit.
            Every solution is written in the set's format, read back and checked by a checker that shares no code with the
            solver. Exit codes: 0 all solved and feasible; 1 a solution is infeasible; 2 no data or bad options; 3 a file asks
            for something not modelled (refused by name) or cannot be read; 4 a solver or the checker crashed. When several
            occur, the most serious wins: 4, then 1, then 3.
            """)
        {
            set, format, time, processorTime, checkpoints, iterations, solver, seed, sideBySide, instances, csv, bks, withoutBks, writeSolutions,
        };
        root.SetAction(result =>
        {
            var folder = result.GetValue(set)!;
            var table = console ?? AnsiConsole.Console;
            table.Profile.Width = Math.Max(table.Profile.Width, 150);
            var log = progress ?? Console.Error;
            var csvOut = output ?? Console.Out;
            if (!folder.Exists)
            {
                table.WriteLine($"The benchmark set {folder.FullName} is absent: nothing was measured. The sets live in ../shared/data beside the repository (not in a fresh clone elsewhere; see cloud/Waste.Routing/README.md), or give --set.");
                return 2;
            }

            var budget = TimeBudget.Parse(result.GetValue(time)!);
            if (budget is null)
            {
                table.WriteLine("--time must be a positive number of seconds, or seconds per customer such as 2.4n");
                return 2;
            }

            var times = Checkpoints.Parse(result.GetValue(checkpoints));
            if (times is null)
            {
                table.WriteLine("--checkpoints must be positive numbers of seconds separated by commas, such as 10,60");
                return 2;
            }

            var bksFile = result.GetValue(bks) ?? new[] { folder.FullName, folder.Parent?.FullName }
                .Where(f => f is not null).Select(f => new FileInfo(Path.Combine(f!, "bks.csv"))).FirstOrDefault(f => f.Exists);
            var anyInstance = result.GetValue(withoutBks);
            if ((bksFile is null || !bksFile.Exists) && !anyInstance)
            {
                table.WriteLine("No bks.csv found beside or above the set folder (give --bks).");
                return 2;
            }

            IReadOnlyDictionary<string, BestKnownSolution> best = new Dictionary<string, BestKnownSolution>();
            try
            {
                if (bksFile is { Exists: true })
                {
                    best = BestKnownSolutions.Load(bksFile.FullName);
                }
            }
            catch (InstanceParseException e)
            {
                table.WriteLine($"The best-known table cannot be read: {e.Message}");
                return 2;
            }

            var pattern = result.GetValue(instances)!;
            var files = folder.GetFiles()
                .Where(f => f.Extension is ".vrp" or ".txt")
                .Where(f => FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileNameWithoutExtension(f.Name)))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                table.WriteLine($"No .vrp or .txt file in {folder.FullName} matches '{pattern}': nothing was measured.");
                return 2;
            }

            InstanceFormat? chosenFormat = result.GetValue(format) switch
            {
                "cvrplib" => InstanceFormat.Cvrplib,
                "solomon" => InstanceFormat.Solomon,
                "kim" => InstanceFormat.Kim,
                _ => null,
            };
            var solutionFolder = result.GetValue(writeSolutions)?.FullName ?? Directory.CreateTempSubdirectory("routing-bench-").FullName;
            Directory.CreateDirectory(solutionFolder);
            var keepAll = result.GetValue(writeSolutions) is not null;
            var choice = result.GetValue(solver)!;
            string[] solvers = choice == "both" ? ["ours", "ortools"] : [choice];
            if (result.GetValue(processorTime) && solvers.Contains("ortools"))
            {
                table.WriteLine("--processor-time is for our solver only (OR-Tools keeps a wall-clock limit): give --solver ours.");
                return 2;
            }

            TimeProvider clock = result.GetValue(processorTime) ? new ProcessorTimeProvider() : TimeProvider.System;
            var run = new BenchmarkRun(budget, result.GetValue(iterations), result.GetValue(seed), result.GetValue(sideBySide), solutionFolder, clock, times);
            var results = new List<BenchmarkResult>();
            foreach (var file in files)
            {
                var fileName = Path.GetFileNameWithoutExtension(file.Name);
                BenchmarkInstance instance;
                try
                {
                    var known = best.GetValueOrDefault(fileName);
                    instance = BenchmarkInstances.Read(file.FullName, chosenFormat, known);
                }
                catch (InstanceParseException e)
                {
                    results.AddRange(solvers.Select(s => new BenchmarkResult { Instance = fileName, Customers = 0, Solver = s, Outcome = BenchmarkOutcome.Unsupported, Message = e.Message }));
                    log.WriteLine($"{fileName}: refused: {e.Message}");
                    continue;
                }

                if (!best.TryGetValue(instance.Name, out var bestKnown) && !best.TryGetValue(fileName, out bestKnown) && !anyInstance)
                {
                    table.WriteLine($"{instance.Name}: no best-known cost in {bksFile?.Name}, skipped");
                    continue;
                }

                log.WriteLine($"{instance.Name}: {instance.Customers} customers, {instance.Convention}");
                foreach (var row in run.Run(instance, bestKnown?.Cost ?? 0, solvers))
                {
                    var kept = Keep(row, keepAll);
                    results.Add(kept);
                    log.WriteLine(kept.Outcome == BenchmarkOutcome.Crashed
                        ? $"{kept.Instance} {kept.Solver}: CRASHED {kept.Message}"
                        : kept.Checkpoint is not null && kept.Routes == 0 ? $"{kept.Instance} {kept.Solver}: {kept.Message}"
                        : $"{kept.Instance} {kept.Solver}: cost {kept.Cost} gap {kept.GapPercent:F2} % in {kept.Seconds:F1} s ({kept.CpuSeconds:F1} s of processor), {kept.Routes} routes{(kept.Feasible ? "" : " INFEASIBLE: " + kept.Message)}");
                }
            }

            if (!keepAll)
            {
                Directory.Delete(solutionFolder, recursive: true);
            }

            ResultReport.WriteTable(table, results, solvers, budget);
            csvOut.WriteLine();
            ResultReport.WriteCsv(csvOut, results);
            if (result.GetValue(csv) is { } csvFile)
            {
                using var writer = new StreamWriter(csvFile.FullName);
                ResultReport.WriteCsv(writer, results);
            }

            // A checkpoint without a solution yet is a figure of the table, not a failed run.
            return results.Where(r => r.Checkpoint is null || r.Routes > 0).Select(r => r.Outcome).DefaultIfEmpty(BenchmarkOutcome.Solved)
                .Max(o => o switch { BenchmarkOutcome.Crashed => 3, BenchmarkOutcome.Infeasible => 2, BenchmarkOutcome.Unsupported => 1, _ => 0 }) switch
                {
                    3 => (int)BenchmarkOutcome.Crashed,
                    2 => (int)BenchmarkOutcome.Infeasible,
                    1 => (int)BenchmarkOutcome.Unsupported,
                    _ => 0,
                };
        });
        return root;
    }

    // A feasible solution below the best-known cost is kept even without --write-solutions: it is the proof of the
    // negative gap.
    private static BenchmarkResult Keep(BenchmarkResult row, bool keepAll)
    {
        if (keepAll || row.SolutionFile.Length == 0)
        {
            return row;
        }

        if (row.Feasible && row.Cost < row.BestKnown)
        {
            var folder = Directory.CreateDirectory("below-bks").FullName;
            var kept = Path.Combine(folder, Path.GetFileName(row.SolutionFile));
            File.Copy(row.SolutionFile, kept, overwrite: true);
            return row with { SolutionFile = kept };
        }

        return row with { SolutionFile = "" };
    }
}
