namespace Waste.Routing.Solving;

/// <summary>Limits and parameters of the hybrid genetic search; the defaults are HGS-CVRP's.</summary>
public sealed record SolverOptions
{
    /// <summary>Seed of the search's random numbers: the same seed and limits give the same result.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Time limit on <see cref="Clock"/> (the only thing besides the seed that can change the result).</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The clock the time limit and the result's times are measured on: wall-clock by default, or
    /// <see cref="ProcessorTimeProvider"/> for the processor time the process used.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Called with each new best feasible solution as it is found (its times on <see cref="Clock"/>), for a
    /// time-to-quality trace from a single run; the search waits for it, so keep it quick.</summary>
    public Action<SolverResult>? Improved { get; init; }

    /// <summary>Limit on genetic iterations (offspring), for deterministic runs.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>With <see cref="MaxIterations"/>, the iterations the search goes on for beyond it while it has found no
    /// feasible solution: a short search from a cold start can stop at routes a crew cannot drive (trucks left at the
    /// depot and others hours past their shift), where a few dozen more iterations reach a feasible plan.</summary>
    public int IterationsToFeasibility { get; init; }

    /// <summary>Within <see cref="IterationsToFeasibility"/>, the iterations in a row the search goes on without getting
    /// closer to feasibility (a better least infeasible solution under the penalties in force): a day the fleet cannot
    /// serve stays infeasible whatever the search does, and 50 more iterations there only cost time.</summary>
    public int FeasibilityPatience { get; init; } = 10;

    /// <summary>Neighbours per client in the granular search.</summary>
    public int Granularity { get; init; } = 20;

    /// <summary>μ: members kept per sub-population after survivor selection.</summary>
    public int PopulationSize { get; init; } = 25;

    /// <summary>Solutions educated to start the population, warm starts first and random tours for the rest; null for
    /// four times <see cref="PopulationSize"/> (HGS-CVRP's default). One, with warm starts and no iterations, is a
    /// repair: the start's local optimum and nothing else.</summary>
    public int? InitialSolutions { get; init; }

    /// <summary>λ: offspring added before survivor selection runs.</summary>
    public int GenerationSize { get; init; } = 40;

    /// <summary>Members ranked by cost alone in the biased fitness.</summary>
    public int EliteCount { get; init; } = 4;

    /// <summary>Nearest members whose distance measures an individual's contribution to diversity.</summary>
    public int ClosestCount { get; init; } = 5;

    /// <summary>Share of local-search results the penalty weights aim to keep feasible.</summary>
    public double TargetFeasible { get; init; } = 0.2;

    /// <summary>Iterations without a new best solution before the population restarts.</summary>
    public int RestartAfter { get; init; } = 20_000;

    /// <summary>Chance that an infeasible offspring is repaired under ten times the penalties.</summary>
    public double RepairProbability { get; init; } = 0.5;
}
