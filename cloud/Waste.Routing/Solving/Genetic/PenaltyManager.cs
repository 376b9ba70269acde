namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// Adapts the penalty weights (HGS-CVRP): every 100 local-search results, a weight grows by 20 % if fewer than the
/// target share were feasible in its constraint and shrinks by 15 % if more were, within [0.1, 100,000].
/// </summary>
internal sealed class PenaltyManager
{
    private const int Window = 100;
    private const double Tolerance = 0.05;
    private readonly double _target;
    private readonly Queue<bool>[] _loadFeasible;
    private readonly Queue<bool> _timeFeasible = new();
    private int _since;

    /// <summary>Starts from HGS-CVRP's initial weights: the largest distance over the largest demand, and 1 for time.</summary>
    public PenaltyManager(ProblemData data, double targetFeasible)
    {
        _target = targetFeasible;
        var maxDistance = data.Distance.Max();
        var load = new double[data.Dimensions];
        for (var d = 0; d < data.Dimensions; d++)
        {
            var maxDemand = 1;
            for (var i = data.DepotCount; i < data.NodeCount; i++)
            {
                maxDemand = Math.Max(maxDemand, data.Demand[i * data.Dimensions + d]);
            }

            load[d] = Math.Clamp((double)maxDistance / maxDemand, 0.1, 1000);
        }

        Weights = new CostWeights(load, 1);
        _loadFeasible = Enumerable.Range(0, data.Dimensions).Select(_ => new Queue<bool>()).ToArray();
    }

    /// <summary>The weights in force.</summary>
    public CostWeights Weights { get; }

    /// <summary>Records a local-search result; true when the weights changed.</summary>
    public bool Record(Individual individual)
    {
        for (var d = 0; d < _loadFeasible.Length; d++)
        {
            Push(_loadFeasible[d], individual.Excess[d] == 0);
        }

        Push(_timeFeasible, individual.TimeWarp == 0);
        if (++_since < Window)
        {
            return false;
        }

        _since = 0;
        for (var d = 0; d < _loadFeasible.Length; d++)
        {
            Weights.Load[d] = Adjust(Weights.Load[d], _loadFeasible[d]);
        }

        Weights.TimeWarp = Adjust(Weights.TimeWarp, _timeFeasible);
        return true;
    }

    private double Adjust(double weight, Queue<bool> feasible)
    {
        var share = feasible.Count(f => f) / (double)feasible.Count;
        if (share < _target - Tolerance)
        {
            return Math.Min(weight * 1.2, 100_000);
        }

        return share > _target + Tolerance ? Math.Max(weight * 0.85, 0.1) : weight;
    }

    private static void Push(Queue<bool> queue, bool value)
    {
        queue.Enqueue(value);
        if (queue.Count > Window)
        {
            queue.Dequeue();
        }
    }
}
