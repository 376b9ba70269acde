using Waste.Routing.OrTools;
using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>Runs the chosen solvers on one instance with the same time limit, writes each answer in the set's solution
/// format and reports what the independent checker makes of the written file. At each of <paramref name="checkpoints"/>
/// (seconds on <paramref name="clock"/>, below the limit) our solver's best feasible solution so far is written and
/// checked too: a time-to-quality table from one run.</summary>
public sealed class BenchmarkRun(TimeBudget budget, int? iterations, int seed, bool sideBySide, string solutionFolder, TimeProvider clock, IReadOnlyList<double> checkpoints)
{
    /// <summary>The results of <paramref name="solvers"/> on <paramref name="instance"/>. Side by side, the solvers run at
    /// the same time, each single-threaded on its own thread; otherwise one after the other. A solver that throws gives a
    /// <see cref="BenchmarkOutcome.Crashed"/> row, not an exception.</summary>
    public IEnumerable<BenchmarkResult> Run(BenchmarkInstance instance, double bestKnown, IReadOnlyList<string> solvers)
    {
        var limit = budget.For(instance.Customers);
        var improvements = new List<SolverResult>();
        Func<SolverResult> Solver(string solver) => solver == "ours"
            ? () => new HybridGeneticSearch(instance.Problem, new SolverOptions { Seed = seed, TimeLimit = limit, MaxIterations = iterations, Clock = clock, Improved = improvements.Add }).Solve()
            : () => OrToolsSolver.Solve(instance.Problem, limit);
        var results = sideBySide
            ? solvers.Select(s => Task.Factory.StartNew(() => Attempt(Solver(s)), TaskCreationOptions.LongRunning)).ToArray()
            : null;
        for (var index = 0; index < solvers.Count; index++)
        {
            var solver = solvers[index];
            if (solver == "ortools" && OrToolsSolver.Unsupported(instance.Problem) is { } reason)
            {
                results?[index].GetAwaiter().GetResult();
                yield return new BenchmarkResult
                {
                    Instance = instance.Name,
                    Customers = instance.Customers,
                    Solver = solver,
                    Outcome = BenchmarkOutcome.Unsupported,
                    Message = $"OR-Tools baseline: {reason}",
                    Decimals = instance.Decimals,
                };
                continue;
            }

            var (result, error, cpu) = results?[index].GetAwaiter().GetResult() ?? Attempt(Solver(solver));
            var row = new BenchmarkResult
            {
                Instance = instance.Name,
                Customers = instance.Customers,
                Solver = solver,
                Outcome = BenchmarkOutcome.Crashed,
                BestKnown = bestKnown,
                Decimals = instance.Decimals,
                LimitSeconds = limit.TotalSeconds,
            };
            yield return result is null ? row with { Message = $"solver threw {error}" } : Checked(instance, result, row with { CpuSeconds = cpu.TotalSeconds });
            if (solver == "ours" && result is not null)
            {
                foreach (var checkpoint in checkpoints.Where(c => c < limit.TotalSeconds))
                {
                    yield return AtCheckpoint(instance, improvements, checkpoint, row with { CpuSeconds = cpu.TotalSeconds });
                }
            }
        }
    }

    // The best feasible solution found by the checkpoint is the last improvement before it.
    private BenchmarkResult AtCheckpoint(BenchmarkInstance instance, IReadOnlyList<SolverResult> improvements, double checkpoint, BenchmarkResult final)
    {
        var row = final with { Solver = $"ours@{checkpoint.ToString(System.Globalization.CultureInfo.InvariantCulture)}s", Checkpoint = checkpoint };
        var best = improvements.LastOrDefault(r => r.FoundAfter.TotalSeconds <= checkpoint);
        return best is null
            ? row with { Outcome = BenchmarkOutcome.Infeasible, Message = $"no feasible solution within {checkpoint} s" }
            : Checked(instance, best, row);
    }

    private BenchmarkResult Checked(BenchmarkInstance instance, SolverResult result, BenchmarkResult row)
    {
        row = row with
        {
            Seconds = result.Elapsed.TotalSeconds,
            FoundAfterSeconds = result.FoundAfter.TotalSeconds,
            Iterations = result.Iterations,
        };
        var path = Path.Combine(solutionFolder, $"{instance.Name}.{row.Solver}.sol");
        CheckedSolution check;
        try
        {
            check = instance.WriteAndCheck(result, path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return row with { Message = $"writing or checking the solution threw {e.GetType().Name}: {e.Message}" };
        }

        return row with
        {
            Outcome = check.Violations.Count == 0 && result.Routes.Count > 0 ? BenchmarkOutcome.Solved : BenchmarkOutcome.Infeasible,
            Message = check.Violations.Count > 0 ? string.Join("; ", check.Violations.Take(5)) + (check.Violations.Count > 5 ? $"; and {check.Violations.Count - 5} more" : "")
                : result.Routes.Count == 0 ? "no solution" : "",
            Cost = check.Cost,
            Routes = check.Routes,
            SolutionFile = path,
        };
    }

    private static (SolverResult? Result, string Error, TimeSpan Cpu) Attempt(Func<SolverResult> solve)
    {
        var before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var result = solve();
            return (result, "", System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}", TimeSpan.Zero);
        }
    }
}
