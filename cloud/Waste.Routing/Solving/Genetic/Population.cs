namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// HGS-CVRP's population: a feasible and an infeasible sub-population, each kept between μ and μ+λ members by removing
/// the worst biased fitness (cost rank plus diversity rank, clones first); parents are picked by binary tournament.
/// </summary>
internal sealed class Population(SolverOptions options)
{
    private readonly List<Individual> _feasible = [];
    private readonly List<Individual> _infeasible = [];

    /// <summary>How many individuals the population holds.</summary>
    public int Count => _feasible.Count + _infeasible.Count;

    /// <summary>Adds <paramref name="individual"/>, removing survivors' worst if the sub-population is full.</summary>
    public void Add(Individual individual, CostWeights weights)
    {
        var sub = individual.IsFeasible ? _feasible : _infeasible;
        foreach (var other in sub)
        {
            var distance = individual.DistanceTo(other);
            Insert(other.Proximity, (distance, individual));
            Insert(individual.Proximity, (distance, other));
        }

        var cost = individual.PenalisedCost(weights);
        var place = 0;
        while (place < sub.Count && sub[place].PenalisedCost(weights) <= cost)
        {
            place++;
        }

        sub.Insert(place, individual);
        if (sub.Count > options.PopulationSize + options.GenerationSize)
        {
            while (sub.Count > options.PopulationSize)
            {
                RemoveWorst(sub);
            }
        }
    }

    /// <summary>A parent by binary tournament on biased fitness over both sub-populations.</summary>
    public Individual SelectParent(SeededRandom random)
    {
        UpdateBiasedFitness(_feasible);
        UpdateBiasedFitness(_infeasible);
        var first = At(random.Next(Count));
        var second = At(random.Next(Count));
        return first.BiasedFitness < second.BiasedFitness ? first : second;
    }

    /// <summary>Re-sorts the infeasible members after the penalty weights changed.</summary>
    public void Reweigh(CostWeights weights)
    {
        var sorted = _infeasible.OrderBy(i => i.PenalisedCost(weights)).ToList();
        _infeasible.Clear();
        _infeasible.AddRange(sorted);
    }

    /// <summary>Empties the population (a restart).</summary>
    public void Clear()
    {
        _feasible.Clear();
        _infeasible.Clear();
    }

    private Individual At(int index) => index < _feasible.Count ? _feasible[index] : _infeasible[index - _feasible.Count];

    private void RemoveWorst(List<Individual> sub)
    {
        UpdateBiasedFitness(sub);
        var worst = 1;
        var worstIsClone = IsClone(sub[1]);
        for (var i = 2; i < sub.Count; i++)
        {
            var clone = IsClone(sub[i]);
            if ((clone && !worstIsClone) || (clone == worstIsClone && sub[i].BiasedFitness > sub[worst].BiasedFitness))
            {
                (worst, worstIsClone) = (i, clone);
            }
        }

        var removed = sub[worst];
        sub.RemoveAt(worst);
        foreach (var other in sub)
        {
            other.Proximity.RemoveAll(p => ReferenceEquals(p.Other, removed));
        }
    }

    private static bool IsClone(Individual individual) => individual.Proximity.Count > 0 && individual.Proximity[0].Distance < 1e-9;

    private void UpdateBiasedFitness(List<Individual> sub)
    {
        if (sub.Count == 1)
        {
            sub[0].BiasedFitness = 0;
            return;
        }

        // Position in `sub` is the cost rank; diversity rank puts the most distinct first.
        var byDiversity = Enumerable.Range(0, sub.Count)
            .OrderByDescending(i => sub[i].AverageDistanceToClosest(options.ClosestCount))
            .ThenBy(i => i)
            .ToArray();
        var eliteShare = 1.0 - (double)options.EliteCount / sub.Count;
        for (var rank = 0; rank < byDiversity.Length; rank++)
        {
            var index = byDiversity[rank];
            var diversityRank = (double)rank / (sub.Count - 1);
            var costRank = (double)index / (sub.Count - 1);
            sub[index].BiasedFitness = sub.Count <= options.EliteCount ? costRank : costRank + eliteShare * diversityRank;
        }
    }

    private static void Insert(List<(double Distance, Individual Other)> list, (double Distance, Individual Other) item)
    {
        var place = 0;
        while (place < list.Count && list[place].Distance <= item.Distance)
        {
            place++;
        }

        list.Insert(place, item);
    }
}
