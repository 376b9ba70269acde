using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waste.Grains.Planning;
using Waste.Simulation.Calibration;
using Waste.Simulation.City;
using Waste.Simulation.Faults;
using Waste.Simulation.Kpis;
using Waste.Simulation.Models;
using Waste.Simulation.Profiling;
using Waste.Simulation.Reports;
using Waste.Simulation.Run;
using Waste.Simulation.Trucks;

namespace Waste.Simulator;

/// <summary>
/// <c>simulate</c>: the virtual city under one policy or all of them, each on the same city, seed and faults against
/// a fresh cloud; a progress display while it runs, then the KPI table, a CSV and a PNG chart in the output folder.
/// </summary>
public static class SimulateCommand
{
    /// <summary>Adds the run's options and action to <paramref name="root"/>.</summary>
    public static RootCommand Configure(RootCommand root)
    {
        var bins = new Option<int>("--bins") { Description = "Number of bins", DefaultValueFactory = _ => 2000 };
        var toilets = new Option<int>("--toilets") { Description = "Number of public toilets", DefaultValueFactory = _ => 60 };
        var days = new Option<int>("--days") { Description = "Days counted in the KPIs", DefaultValueFactory = _ => 28 };
        var warmUp = new Option<int>("--warmup-days") { Description = "Days run first on the daily schedule so the cloud learns the bins (not counted)", DefaultValueFactory = _ => 3 };
        var start = new Option<string>("--start") { Description = "First simulated day (local, yyyy-MM-dd); Tet 2027 begins 2027-02-06", DefaultValueFactory = _ => "2026-11-30" };
        var speed = new Option<string>("--speed") { Description = "Simulated seconds per real second, or 'max'", DefaultValueFactory = _ => "max" };
        var policy = new Option<string>("--policy") { Description = "Policies, comma-separated: daily, everyotherday, threshold, forecast, tuned (tunedstatic), anticipatory; or all", DefaultValueFactory = _ => "all" };
        var seed = new Option<int>("--seed") { Description = "Seed of the city, its fill, visits and faults", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output") { Description = "Folder for the CSV and the chart", DefaultValueFactory = _ => "artifacts/simulation" };
        var stepSeconds = new Option<int>("--step-seconds") { Description = "Simulated seconds per step of the cloud's clock (devices run their own events within a step at their exact times)", DefaultValueFactory = _ => 300 };
        var iterations = new Option<int>("--planner-iterations") { Description = "Route optimiser iterations per depot and day (with the seed, plans do not depend on the machine)", DefaultValueFactory = _ => 2 };
        var population = new Option<int>("--planner-population") { Description = "Route optimiser population per depot and day (it starts from four times as many solutions)", DefaultValueFactory = _ => 1 };
        var parallel = new Option<int>("--parallel") { Description = "Policies run at once, each against its own cloud (the results do not change)", DefaultValueFactory = _ => 1 };
        var plannerSeconds = new Option<double>("--planner-seconds") { Description = "Route optimiser time cap per depot and day, seconds (the planner calls time out after 3 minutes)", DefaultValueFactory = _ => 25 };
        var faultRate = new Option<double>("--fault-rate") { Description = "Factor on every fault rate (0: no faults)", DefaultValueFactory = _ => 1 };
        var blocked = new Option<double>("--blocked-share") { Description = "Share of stops a crew finds blocked", DefaultValueFactory = _ => 0.005 };
        var breakdowns = new Option<double>("--breakdown-share") { Description = "Share of truck-days with a breakdown", DefaultValueFactory = _ => 0.01 };
        var binsPerCompactor = new Option<int>("--bins-per-compactor") { Description = "Fleet sizing: bins per 10 m3 compactor", DefaultValueFactory = _ => 110 };
        var loadsPerShift = new Option<int>("--loads-per-shift") { Description = "Fleet sizing: loads a truck carries to the disposal site in a shift (0: size by stops alone)", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--device-threads") { Description = "Threads running device wakes", DefaultValueFactory = _ => 64 };
        var fill = new Option<string>("--fill-model") { Description = "How bins fill: calibrated (on Edinburgh's 2016 litter bins) or legacy (the earlier assumed figures)", DefaultValueFactory = _ => "calibrated" };
        var rePlanIterations = new Option<int>("--replan-iterations") { Description = "Route optimiser iterations when a skip or a breakdown re-plans a day (0: repair the plan being followed to a local optimum)", DefaultValueFactory = _ => 0 };
        var archive = new Option<string?>("--plan-archive") { Description = "Folder where the cloud writes each morning plan with its routing model (for 'simulate plans-gap')" };
        var profile = new Option<bool>("--profile") { Description = "Print where the time went, by phase and simulated day, at the end" };
        foreach (var option in new Option[] { bins, toilets, days, warmUp, start, speed, policy, seed, output, stepSeconds, iterations, population, plannerSeconds, rePlanIterations, faultRate, blocked, breakdowns, binsPerCompactor, loadsPerShift, threads, parallel, fill, archive, profile })
        {
            root.Options.Add(option);
        }

        root.SetAction((result, cancellationToken) =>
        {
            var policies = Policies(result.GetValue(policy)!);
            var options = new SimulationOptions
            {
                City = new CityOptions { Bins = result.GetValue(bins), Toilets = result.GetValue(toilets), Seed = result.GetValue(seed), BinsPerCompactor = result.GetValue(binsPerCompactor), LoadsPerShift = result.GetValue(loadsPerShift), Fill = FillModel.Named(result.GetValue(fill)!) },
                Start = DateOnly.ParseExact(result.GetValue(start)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Days = result.GetValue(days),
                WarmUpDays = result.GetValue(warmUp),
                Step = TimeSpan.FromSeconds(result.GetValue(stepSeconds)),
                Speed = Speed(result.GetValue(speed)!),
                PlannerIterations = result.GetValue(iterations),
                PlannerPopulation = result.GetValue(population),
                PlannerSeconds = result.GetValue(plannerSeconds),
                RePlanIterations = result.GetValue(rePlanIterations),
                PlanArchive = result.GetValue(archive),
                Faults = new FaultRates().Scaled(result.GetValue(faultRate)),
                Crews = new CrewRules { BlockedShare = result.GetValue(blocked), BreakdownShare = result.GetValue(breakdowns) },
                DeviceThreads = result.GetValue(threads),
            };
            return RunAsync(options, policies, Math.Max(1, result.GetValue(parallel)), result.GetValue(output)!, result.GetValue(profile), cancellationToken);
        });
        return root;
    }

    private static IReadOnlyList<SelectionPolicy> Policies(string text) =>
        text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? [SelectionPolicy.Daily, SelectionPolicy.EveryOtherDay, SelectionPolicy.TunedStatic, SelectionPolicy.Threshold, SelectionPolicy.Forecast, SelectionPolicy.Anticipatory]
        : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Policy).Distinct()];

    private static SelectionPolicy Policy(string name) => name.ToLowerInvariant() switch
    {
        "tuned" => SelectionPolicy.TunedStatic,
        var one when Enum.TryParse<SelectionPolicy>(one, ignoreCase: true, out var policy) && Enum.IsDefined(policy) => policy,
        _ => throw new ArgumentException($"unknown policy '{name}': {string.Join(", ", Enum.GetNames<SelectionPolicy>())} (tuned for TunedStatic), comma-separated, or all"),
    };

    private static double Speed(string text) =>
        text.Equals("max", StringComparison.OrdinalIgnoreCase) ? 0
        : double.TryParse(text, CultureInfo.InvariantCulture, out var speed) && speed > 0 ? speed
        : throw new ArgumentException($"--speed must be 'max' or a positive number, not '{text}'");

    private static async Task<int> RunAsync(SimulationOptions options, IReadOnlyList<SelectionPolicy> policies, int parallel, string output, bool profile, CancellationToken cancellationToken)
    {
        var city = CityGenerator.Generate(options.City);
        var faults = FaultSchedule.Draw(city, options.Faults, options.Begin, options.End, options.City.Seed);
        AnsiConsole.MarkupLine($"[bold]Virtual Binh Duong[/]: {city.Bins.Count} bins, {city.Toilets.Count} toilets, {city.Fleet.Vehicles.Count} trucks at {city.Fleet.Depots.Count} depots, "
            + $"{faults.All.Count} faults; {options.WarmUpDays} warm-up + {options.Days} counted days from {options.Start:yyyy-MM-dd}, seed {options.City.Seed}");
        var fill = CityFillCheck.Of(city, FillCalibration.Edinburgh2016.Parameters, options.Start, options.WarmUpDays + options.Days, options.City.Seed);
        AnsiConsole.Write(FillTable.Of(city, fill, options.City));
        var results = new PolicyKpis[policies.Count];
        var profiles = new RunProfile[policies.Count];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = policies.ToDictionary(p => p, p => context.AddTask(p.ToString(), autoStart: false, maxValue: 1));
                await Parallel.ForEachAsync(Enumerable.Range(0, policies.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (index, token) =>
                {
                    var policy = policies[index];
                    var task = tasks[policy];
                    task.StartTask();
                    var archive = options.PlanArchive is { } folder ? Path.Combine(folder, policy.ToString()) : null;
                    var simulation = new CitySimulation(options with { Policy = policy, PlanArchive = archive }, city, faults);
                    profiles[index] = simulation.Profile;
                    simulation.Progress += p =>
                    {
                        task.Value = p.Done;
                        task.Description = $"{policy,-13} {p.Now.ToOffset(BinhDuong.UtcOffset):MM-dd HH:mm}  {p.ReadingsStored,9:N0} readings  {p.Collections,6:N0} emptied  {p.TruckKm,8:N0} km";
                    };
                    results[index] = await simulation.RunAsync(token);
                    task.Value = 1;
                    task.StopTask();
                });
            });

        Directory.CreateDirectory(output);
        var csv = Path.Combine(output, "kpis.csv");
        var png = Path.Combine(output, "kpis.png");
        KpiCsv.Write(csv, results);
        StreamCsv.Write(Path.Combine(output, "kpis-by-stream.csv"), results);
        KpiChart.Write(png, results, $"{options.City.Bins} bins, {options.Days} days, seed {options.City.Seed}");
        AnsiConsole.Write(KpiTable.Of(results));
        AnsiConsole.Write(StreamTable.Of(results));
        if (profile)
        {
            for (var i = 0; i < policies.Count; i++)
            {
                AnsiConsole.Write(ProfileTable.Days(policies[i], profiles[i]));
                AnsiConsole.Write(ProfileTable.MeanDay(policies[i], profiles[i]));
            }
        }

        AnsiConsole.MarkupLine($"CSV: [link]{Markup.Escape(Path.GetFullPath(csv))}[/]   chart: [link]{Markup.Escape(Path.GetFullPath(png))}[/]");
        if (PolicyGoal.Verdict(results) is { } verdict)
        {
            AnsiConsole.MarkupLine(verdict);
        }

        return 0;
    }
}
