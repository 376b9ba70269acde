using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waste.Routing.Modelling;
using Waste.Routing.Solving;

namespace Waste.Simulator;

/// <summary>
/// <c>simulate plans-gap</c>: how far the plans a run's trucks drove are from what the same optimiser finds given
/// time. It reads the morning plans a run archived (<c>--plan-archive</c>), solves each depot-day's model again from
/// scratch for <c>--seconds</c> with the optimiser's full population, and prints each gap and their mean and worst.
/// </summary>
public static class PlansGapCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var archive = new Option<string>("--archive") { Description = "Folder of archived plans (simulate --plan-archive), searched with its subfolders", Required = true };
        var seconds = new Option<double>("--seconds") { Description = "Optimiser time per depot-day", DefaultValueFactory = _ => 60 };
        var sample = new Option<int>("--sample") { Description = "Depot-days to solve, spread evenly over the archive (0: all)", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the optimiser", DefaultValueFactory = _ => 1 };
        var processorTime = new Option<bool>("--processor-time") { Description = "Count --seconds in processor time used rather than wall time: the same search on a machine shared with other work" };
        var command = new Command("plans-gap", "Solve archived depot-days again for longer and print how far the archived plans were from it")
        {
            archive, seconds, sample, seed, processorTime,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(archive)!, TimeSpan.FromSeconds(result.GetValue(seconds)), result.GetValue(sample), result.GetValue(seed),
            result.GetValue(processorTime) ? new ProcessorTimeProvider() : TimeProvider.System, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string archive, TimeSpan time, int sample, int seed, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(archive))
        {
            Console.Error.WriteLine($"No folder {archive}: run simulate with --plan-archive {archive} first.");
            return 2;
        }

        var files = Directory.GetFiles(archive, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (sample > 0 && files.Count > sample)
        {
            files = [.. Enumerable.Range(0, sample).Select(i => files[i * files.Count / sample])];
        }

        var table = new Table().Title($"Archived plans against {time.TotalSeconds:0} s of search").AddColumn("depot-day")
            .AddColumn(new TableColumn("stops").RightAligned()).AddColumn(new TableColumn("archived").RightAligned())
            .AddColumn(new TableColumn("re-solved").RightAligned()).AddColumn(new TableColumn("gap, %").RightAligned());
        var gaps = new List<double>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var archived = ArchivedPlan.Read(file);
            var fresh = await new CollectionRouteOptimiser(archived.Travel).PlanAsync(
                archived.Model, new SolverOptions { Seed = seed, TimeLimit = time, Clock = clock }, cancellationToken: cancellationToken);
            var gap = 100 * (archived.Plan.Cost - fresh.Cost) / fresh.Cost;
            gaps.Add(gap);
            var name = Path.GetRelativePath(archive, file);
            table.AddRow(
                Markup.Escape(name), N(archived.Model.Stops.Count, 0),
                N(archived.Plan.Cost, 1) + (archived.Plan.IsFeasible ? "" : " (infeasible)"),
                N(fresh.Cost, 1) + (fresh.IsFeasible ? "" : " (infeasible)"),
                N(gap, 2));
        }

        AnsiConsole.Write(table);
        if (gaps.Count > 0)
        {
            AnsiConsole.MarkupLine(FormattableString.Invariant($"{gaps.Count} depot-days: mean gap {gaps.Average():F2} %, worst {gaps.Max():F2} %"));
        }

        return 0;
    }

    private static string N(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
