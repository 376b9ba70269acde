namespace Waste.Routing.Bench;

/// <summary>What became of one solver on one instance. Each has its own exit code; the command exits with the most
/// serious one that occurred (crashed, then infeasible, then unsupported).</summary>
public enum BenchmarkOutcome
{
    /// <summary>Solved, and the independent checker found the written solution feasible. Exit code 0.</summary>
    Solved = 0,

    /// <summary>The solver's answer (or the absence of one) breaks a rule the checker checks. Exit code 1.</summary>
    Infeasible = 1,

    /// <summary>The file asks for something not modelled, or cannot be read; refused by name. Exit code 3.</summary>
    Unsupported = 3,

    /// <summary>The solver or the checker threw. Exit code 4.</summary>
    Crashed = 4,
}
