using System.CommandLine;
using System.IO.Enumeration;
using Spectre.Console;
using Waste.Routing.Bench;
using Waste.Routing.Instances;

var set = new Option<DirectoryInfo>("--set")
{
    Description = "Folder of CVRPLIB .vrp files",
    DefaultValueFactory = _ => new DirectoryInfo("../shared/data/cvrplib/X"),
};
var time = new Option<string>("--time") { Description = "Time limit per instance: seconds, or seconds per customer as '2.4n'", DefaultValueFactory = _ => "2.4n" };
var solver = new Option<string>("--solver") { Description = "Which solver(s) to run", DefaultValueFactory = _ => "both" };
solver.AcceptOnlyFromAmong("ours", "ortools", "both");
var seed = new Option<int>("--seed") { Description = "Seed of our solver", DefaultValueFactory = _ => 1 };
var sideBySide = new Option<bool>("--side-by-side")
{
    Description = "Run the two solvers of an instance at the same time, one thread each (needs a core for each); otherwise one after the other",
};
var instances = new Option<string>("--instances") { Description = "Instance name pattern (* and ?), e.g. 'X-n1*'", DefaultValueFactory = _ => "*" };
var csv = new Option<FileInfo?>("--csv") { Description = "Also write the CSV to this file" };
var bks = new Option<FileInfo?>("--bks") { Description = "Best-known solutions (default: bks.csv beside or above the set folder)" };
var root = new RootCommand("routing-bench: our solver and OR-Tools on CVRPLIB instances, same run, same time limit")
{
    set, time, solver, seed, sideBySide, instances, csv, bks,
};
root.SetAction(result =>
{
    var folder = result.GetValue(set)!;
    var console = AnsiConsole.Console;
    console.Profile.Width = Math.Max(console.Profile.Width, 150);
    if (!folder.Exists)
    {
        console.WriteLine($"The benchmark set {folder.FullName} is absent: nothing was measured. The sets live in ../shared/data/cvrplib beside the repository (not in a fresh clone elsewhere; see cloud/Waste.Routing/README.md), or give --set.");
        return 2;
    }

    var budget = TimeBudget.Parse(result.GetValue(time)!);
    if (budget is null)
    {
        console.WriteLine("--time must be a positive number of seconds, or seconds per customer such as 2.4n");
        return 2;
    }

    var bksFile = result.GetValue(bks) ?? new[] { folder.FullName, folder.Parent?.FullName }
        .Where(f => f is not null).Select(f => new FileInfo(Path.Combine(f!, "bks.csv"))).FirstOrDefault(f => f.Exists);
    if (bksFile is null || !bksFile.Exists)
    {
        console.WriteLine("No bks.csv found beside or above the set folder (give --bks).");
        return 2;
    }

    var best = BestKnownSolutions.Load(bksFile.FullName);
    var pattern = result.GetValue(instances)!;
    var files = folder.GetFiles("*.vrp")
        .Where(f => FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileNameWithoutExtension(f.Name)))
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .ToList();
    if (files.Count == 0)
    {
        console.WriteLine($"No .vrp file in {folder.FullName} matches '{pattern}': nothing was measured.");
        return 2;
    }

    var choice = result.GetValue(solver)!;
    string[] solvers = choice == "both" ? ["ours", "ortools"] : [choice];
    var results = new List<BenchmarkResult>();
    foreach (var file in files)
    {
        var name = Path.GetFileNameWithoutExtension(file.Name);
        if (!best.TryGetValue(name, out var known))
        {
            console.WriteLine($"{name}: no best-known cost in {bksFile.Name}, skipped");
            continue;
        }

        foreach (var row in BenchmarkRun.Run(file.FullName, known.Cost, solvers, budget, result.GetValue(seed), result.GetValue(sideBySide)))
        {
            results.Add(row);
            Console.Error.WriteLine($"{row.Instance} {row.Solver}: cost {row.Cost} gap {row.GapPercent:F2} % in {row.Seconds:F1} s{(row.Feasible ? "" : " INFEASIBLE")}");
        }
    }

    ResultReport.WriteTable(console, results, solvers, budget);
    Console.WriteLine();
    ResultReport.WriteCsv(Console.Out, results);
    if (result.GetValue(csv) is { } csvFile)
    {
        using var writer = new StreamWriter(csvFile.FullName);
        ResultReport.WriteCsv(writer, results);
    }

    return results.All(r => r.Feasible) ? 0 : 1;
});
return root.Parse(args).Invoke();
