using Waste.Routing.Solving.Genetic;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Solving;

/// <summary>
/// Our solver: a hybrid genetic search in the style of Vidal's HGS-CVRP, extended to the rich model as PyVRP does.
/// Offspring come from ordered crossover of two parents' giant tours and a split into routes; local search (granular
/// relocate, or-opt, swaps, 2-opt, 2-opt*, SWAP*, optional-stop moves) educates them under adaptive penalties for excess
/// load and time warp; the population keeps feasible and infeasible solutions apart, favours diverse ones, and
/// restarts when it stops improving. Single-threaded and deterministic for a seed.
/// </summary>
public sealed class HybridGeneticSearch(ProblemData data, SolverOptions options)
{
    private const double RepairFactor = 10;

    /// <summary>Runs until the time or iteration limit, or <paramref name="cancellation"/>; returns the best solution found.</summary>
    public SolverResult Solve(CancellationToken cancellation = default) => Solve([], cancellation);

    /// <summary>
    /// Runs from <paramref name="starts"/> (one client list per vehicle each, completed by <see cref="CheapestInsertion"/>):
    /// they are educated first, ahead of random tours, so a plan made yesterday or before a disruption is repaired and
    /// improved instead of searched for again; where the population has room, the first also with one truck fewer
    /// (<see cref="OneTruckFewer"/>).
    /// </summary>
    public SolverResult Solve(IReadOnlyList<IReadOnlyList<int[]>> starts, CancellationToken cancellation = default)
    {
        if (options.TimeLimit is null && options.MaxIterations is null && !cancellation.CanBeCanceled)
        {
            throw new ArgumentException("the search needs a time limit, an iteration limit or a cancellation token");
        }

        var started = options.Clock.GetTimestamp();
        TimeSpan SinceStart() => options.Clock.GetElapsedTime(started);
        var random = new SeededRandom(options.Seed);
        var vehicleTypeOf = Enumerable.Range(0, data.VehicleTypes.Length)
            .SelectMany(t => Enumerable.Repeat(t, data.VehicleTypes[t].Count)).ToArray();
        var search = new LocalSearch(data, random, options.Granularity);
        var split = new Split(data, vehicleTypeOf);
        var penalties = new PenaltyManager(data, options.TargetFeasible);
        var population = new Population(options);
        var taken = new bool[data.NodeCount];
        Individual? best = null;
        Individual? leastInfeasible = null;
        var foundAfter = TimeSpan.Zero;
        var iterations = 0;
        var closerAt = 0;

        bool OutOfTime() => cancellation.IsCancellationRequested || (options.TimeLimit is { } limit && SinceStart() >= limit);

        bool Stopped() => OutOfTime() || (options.MaxIterations is { } max && iterations >= max && (best is not null || !GettingCloser(max)));

        // Past the iteration limit without a feasible solution: on while the least infeasible one keeps improving. A day
        // the fleet cannot serve stays infeasible whatever the search does.
        bool GettingCloser(int max) => iterations < max + options.IterationsToFeasibility && iterations - closerAt < options.FeasibilityPatience;

        // Educates routes into a solution, adds it (and its repair) to the population; true if it is a new best.
        bool Educate(IReadOnlyList<int[]> start)
        {
            var routes = search.Run(start, penalties.Weights, OutOfTime);
            var child = new Individual(data, vehicleTypeOf, routes);
            if (penalties.Record(child))
            {
                population.Reweigh(penalties.Weights);
            }

            population.Add(child, penalties.Weights);
            if (!child.IsFeasible && random.NextDouble() < options.RepairProbability)
            {
                var strict = penalties.Weights.Times(RepairFactor);
                var repaired = new Individual(data, vehicleTypeOf, search.Run(routes, strict, OutOfTime));
                if (repaired.IsFeasible)
                {
                    population.Add(repaired, penalties.Weights);
                    child = repaired;
                }
            }

            if (!child.IsFeasible)
            {
                if (best is null && (leastInfeasible is null || child.PenalisedCost(penalties.Weights) < leastInfeasible.PenalisedCost(penalties.Weights)))
                {
                    leastInfeasible = child;
                    closerAt = iterations;
                }

                return false;
            }

            if (best is not null && child.Cost >= best.Cost - 1e-9)
            {
                return false;
            }

            best = child;
            foundAfter = SinceStart();
            options.Improved?.Invoke(Result(child));
            return true;
        }

        var nearest = new NearestNeighbourTour(data);

        // The starting population: the warm starts, the first again with one truck fewer where there is room (in the
        // place of a tour from nothing), then HGS-CVRP's 4μ educated tours, half random (diversity), half
        // nearest-neighbour (a thousand stops educate in a few seconds rather than tens); the iteration limit counts only
        // what follows. Under a time limit alone it stops early, past the warm starts, once it has taken a tenth of the
        // limit, so that a large instance still gets offspring; under an iteration limit it never looks at the clock,
        // so that the result does not depend on how busy the machine is.
        IReadOnlyList<IReadOnlyList<int[]>> seeds = starts.Count > 0 && OneTruckFewer.Of(starts[0]) is { } fewer ? [.. starts, fewer] : starts;
        void Initialise()
        {
            var began = SinceStart();
            bool Enough(int k) => options.MaxIterations is null && k >= Math.Max(2, seeds.Count) && options.TimeLimit is { } limit && SinceStart() - began >= limit * 0.1;
            var count = Math.Max(options.InitialSolutions ?? 4 * options.PopulationSize, starts.Count);
            for (var k = 0; k < count && !OutOfTime() && !Enough(k); k++)
            {
                var tour = k < seeds.Count ? null : (k - seeds.Count) % 2 == 0 ? nearest.Create(random) : RandomTour(random);
                Educate(tour is null ? CheapestInsertion.Complete(data, seeds[k]) : split.Run(tour, penalties.Weights));
            }
        }

        Initialise();
        var withoutImprovement = 0;
        while (!Stopped() && population.Count >= 1)
        {
            iterations++;
            var first = population.SelectParent(random);
            var second = population.SelectParent(random);
            var tour = OrderCrossover.Cross(first.GiantTour, second.GiantTour, random, taken);
            withoutImprovement = Educate(split.Run(tour, penalties.Weights)) ? 0 : withoutImprovement + 1;
            if (withoutImprovement >= options.RestartAfter)
            {
                population.Clear();
                Initialise();
                withoutImprovement = 0;
            }
        }

        return Result(best ?? leastInfeasible ?? new Individual(data, vehicleTypeOf, search.Run(split.Run(RandomTour(random), penalties.Weights), penalties.Weights)));

        SolverResult Result(Individual solution) => new()
        {
            Routes = solution.Routes.Select((r, v) => new SolvedRoute(v, vehicleTypeOf[v], r)).Where(r => r.Clients.Length > 0).ToArray(),
            Cost = solution.Cost,
            IsFeasible = solution.IsFeasible,
            Unvisited = Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => solution.Successor[c] == -2).ToArray(),
            Iterations = iterations,
            Elapsed = SinceStart(),
            FoundAfter = foundAfter,
        };
    }

    // Required clients in random order, plus each optional customer (not disposal visits nor breaks, which the local
    // search places) with even chance.
    private int[] RandomTour(SeededRandom random)
    {
        var tour = new List<int>(data.ClientCount);
        for (var c = data.DepotCount; c < data.NodeCount; c++)
        {
            if (data.Required[c] || (!data.IsDisposal[c] && !data.IsBreak[c] && random.Next(2) == 0))
            {
                tour.Add(c);
            }
        }

        var array = tour.ToArray();
        random.Shuffle(array.AsSpan());
        return array;
    }
}
