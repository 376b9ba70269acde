namespace Waste.Routing.Bench;

/// <summary>One solver on one instance: the CSV row and table line.</summary>
public sealed record BenchmarkResult
{
    /// <summary>Instance name (the file name when the file could not be read).</summary>
    public required string Instance { get; init; }

    /// <summary>Number of customers.</summary>
    public required int Customers { get; init; }

    /// <summary>"ours" or "ortools"; "ours@10s" for our best feasible solution at a checkpoint.</summary>
    public required string Solver { get; init; }

    /// <summary>For a checkpoint row, the time (seconds on the solver's clock) at which its solution was the best
    /// feasible one so far; null for a run's final answer.</summary>
    public double? Checkpoint { get; init; }

    /// <summary>What became of the run.</summary>
    public required BenchmarkOutcome Outcome { get; init; }

    /// <summary>Why, when the outcome is not <see cref="BenchmarkOutcome.Solved"/>: the checker's violations, the
    /// reader's refusal or the exception.</summary>
    public string Message { get; init; } = "";

    /// <summary>Cost of the written solution recomputed by the independent checker, at the set's precision.</summary>
    public double Cost { get; init; }

    /// <summary>Decimals the set reports costs at.</summary>
    public int Decimals { get; init; }

    /// <summary>Best-known cost.</summary>
    public double BestKnown { get; init; }

    /// <summary>(cost - best known) / best known, in per cent; not a number without a best-known cost or a solution.</summary>
    public double GapPercent => BestKnown > 0 && Routes > 0 ? 100.0 * (Cost - BestKnown) / BestKnown : double.NaN;

    /// <summary>Whether the checker found the solution feasible.</summary>
    public bool Feasible => Outcome == BenchmarkOutcome.Solved;

    /// <summary>Routes used.</summary>
    public int Routes { get; init; }

    /// <summary>Time limit given, seconds.</summary>
    public double LimitSeconds { get; init; }

    /// <summary>Wall-clock time used, seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Processor time the process used during the solve, seconds: on a shared machine, what the solver really got
    /// of the wall-clock limit (side by side, both solvers' time together; on a checkpoint row, the whole run's).</summary>
    public double CpuSeconds { get; init; }

    /// <summary>When the final solution was found, seconds (ours only; OR-Tools does not say).</summary>
    public double FoundAfterSeconds { get; init; }

    /// <summary>Genetic iterations (ours only).</summary>
    public int Iterations { get; init; }

    /// <summary>Where the solution was written, if it was.</summary>
    public string SolutionFile { get; init; } = "";
}
