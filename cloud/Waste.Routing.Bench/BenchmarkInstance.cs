using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>One instance of a benchmark set as the benchmark sees it: the solver's problem, and the set's own way of
/// writing a solution and checking it independently of the solver.</summary>
public abstract class BenchmarkInstance
{
    /// <summary>Instance name.</summary>
    public abstract string Name { get; }

    /// <summary>Number of customers (stops), for per-customer time limits.</summary>
    public abstract int Customers { get; }

    /// <summary>Decimals the set's costs are reported and compared at.</summary>
    public abstract int Decimals { get; }

    /// <summary>The set's cost convention, in words (printed beside the results).</summary>
    public abstract string Convention { get; }

    /// <summary>The problem both solvers get.</summary>
    public abstract ProblemData Problem { get; }

    /// <summary>Writes <paramref name="result"/> in the set's solution format to <paramref name="path"/>, reads the file
    /// back and checks it with the set's independent checker.</summary>
    public abstract CheckedSolution WriteAndCheck(SolverResult result, string path);
}

/// <summary>A solution as the independent checker saw it.</summary>
/// <param name="Cost">The cost recomputed from the instance, at the set's reporting precision.</param>
/// <param name="Violations">Every broken rule; empty when feasible.</param>
/// <param name="Routes">Non-empty routes (vehicles used).</param>
public sealed record CheckedSolution(double Cost, IReadOnlyList<string> Violations, int Routes);
