namespace Waste.Routing.Bench;

/// <summary>One solver on one instance: the CSV row and table line.</summary>
public sealed record BenchmarkResult
{
    /// <summary>Instance name.</summary>
    public required string Instance { get; init; }

    /// <summary>Number of customers.</summary>
    public required int Customers { get; init; }

    /// <summary>"ours" or "ortools".</summary>
    public required string Solver { get; init; }

    /// <summary>Cost recomputed by the independent checker.</summary>
    public required long Cost { get; init; }

    /// <summary>Best-known cost.</summary>
    public required long BestKnown { get; init; }

    /// <summary>(cost - best known) / best known, in per cent.</summary>
    public double GapPercent => 100.0 * (Cost - BestKnown) / BestKnown;

    /// <summary>Whether the checker found the solution feasible.</summary>
    public required bool Feasible { get; init; }

    /// <summary>Routes used.</summary>
    public required int Routes { get; init; }

    /// <summary>Time limit given, seconds.</summary>
    public required double LimitSeconds { get; init; }

    /// <summary>Wall-clock time used, seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>When the final solution was found, seconds (ours only; OR-Tools does not say).</summary>
    public required double FoundAfterSeconds { get; init; }

    /// <summary>Genetic iterations (ours only).</summary>
    public required int Iterations { get; init; }
}
