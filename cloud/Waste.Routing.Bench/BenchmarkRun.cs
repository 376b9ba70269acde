using Waste.Routing.Checking;
using Waste.Routing.Instances;
using Waste.Routing.OrTools;
using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>Runs the chosen solvers on one instance with the same time limit and checks every answer independently.</summary>
public static class BenchmarkRun
{
    /// <summary>The results of <paramref name="solvers"/> on the instance at <paramref name="path"/>. Side by side,
    /// the solvers run at the same time, each single-threaded on its own thread (on a machine with a core for each,
    /// a run of both takes the time of one); otherwise one after the other.</summary>
    public static IEnumerable<BenchmarkResult> Run(string path, long bestKnown, IReadOnlyList<string> solvers, TimeBudget budget, int seed, bool sideBySide)
    {
        var instance = CvrplibFleet.Apply(CvrplibReader.Read(path));
        var problem = CvrpProblem.From(instance);
        var limit = budget.For(instance.CustomerCount);
        SolverResult Solve(string solver) => solver == "ours"
            ? new HybridGeneticSearch(problem, new SolverOptions { Seed = seed, TimeLimit = limit }).Solve()
            : OrToolsSolver.Solve(problem, limit);
        var results = sideBySide
            ? Task.WhenAll(solvers.Select(s => Task.Factory.StartNew(() => Solve(s), TaskCreationOptions.LongRunning))).GetAwaiter().GetResult()
            : null;
        for (var index = 0; index < solvers.Count; index++)
        {
            var solver = solvers[index];
            var result = results?[index] ?? Solve(solver);

            // Node k of the problem is customer k of the instance (the depot is node 0).
            var check = CvrpSolutionChecker.Check(instance, result.Routes.Select(r => (IReadOnlyList<int>)r.Clients));
            yield return new BenchmarkResult
            {
                Instance = instance.Name,
                Customers = instance.CustomerCount,
                Solver = solver,
                Cost = check.Cost,
                BestKnown = bestKnown,
                Feasible = check.IsFeasible && result.Routes.Count > 0,
                Routes = result.Routes.Count,
                LimitSeconds = limit.TotalSeconds,
                Seconds = result.Elapsed.TotalSeconds,
                FoundAfterSeconds = result.FoundAfter.TotalSeconds,
                Iterations = result.Iterations,
            };
        }
    }
}
