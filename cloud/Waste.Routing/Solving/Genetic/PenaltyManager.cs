namespace Waste.Routing.Solving.Genetic;

/// <summary>
/// Adapts the penalty weights (HGS-CVRP): every 100 local-search results, a weight grows by 20 % if fewer than the
/// target share were feasible in its constraint and shrinks by 15 % if more were. HGS-CVRP's constants (a load weight
/// starting at the largest distance over the largest demand, within [0.1, 1,000]; a time-warp weight starting at 1; all
/// within [0.1, 100,000]) assume distances of at most about 10,000 units and time counted like distance. They are
/// scaled to the problem's units: the load bounds by how far its largest distance exceeds 10,000 units, the time-warp
/// weight by the distance a unit of time covers. Without that, a problem in hundredths of a foot and of a second
/// (Kim's) or in metres and seconds (a city) priced an hour of lateness or a missing lunch below a few hundred metres.
/// A break owed and not taken always costs at least twice the time warp of taking it: otherwise a route at the end of
/// its shift drops its lunch rather than give stops away, and a missing lunch, unlike lateness, gets no smaller as
/// stops leave, so the search has nothing to follow back to feasibility.
/// </summary>
internal sealed class PenaltyManager
{
    private const int Window = 100;
    private const double Tolerance = 0.05;
    private const double DistancesHgsAssumes = 10_000;
    private readonly double _target;
    private readonly double _maxLoadWeight;
    private readonly double _maxTimeWarpWeight;
    private readonly long[] _breakDuration;
    private readonly Queue<bool>[] _loadFeasible;
    private readonly Queue<bool> _timeFeasible = new();
    private int _since;

    /// <summary>Starts from HGS-CVRP's initial weights in the problem's units.</summary>
    public PenaltyManager(ProblemData data, double targetFeasible)
    {
        _target = targetFeasible;
        var maxDistance = data.Distance.Max();
        var distanceScale = Math.Max(1, maxDistance / DistancesHgsAssumes);
        var timeScale = TimeScale(data);
        var load = new double[data.Dimensions];
        for (var d = 0; d < data.Dimensions; d++)
        {
            var maxDemand = 1;
            for (var i = data.DepotCount; i < data.NodeCount; i++)
            {
                maxDemand = Math.Max(maxDemand, Math.Abs(data.Demand[i * data.Dimensions + d]));
            }

            load[d] = Math.Clamp((double)maxDistance / maxDemand, 0.1, 1000 * distanceScale);
        }

        _maxLoadWeight = 100_000 * distanceScale;
        _maxTimeWarpWeight = 100_000 * timeScale;
        _breakDuration = new long[data.Dimensions];
        for (var i = data.DepotCount; i < data.NodeCount; i++)
        {
            for (var d = 0; data.IsBreak[i] && d < data.Dimensions; d++)
            {
                if (data.Demand[i * data.Dimensions + d] < 0)
                {
                    _breakDuration[d] = Math.Max(_breakDuration[d], data.ServiceTime[i]);
                }
            }
        }

        Weights = new CostWeights(load, timeScale);
        KeepBreaksDearerThanTheirTime();
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
            Weights.Load[d] = Adjust(Weights.Load[d], _loadFeasible[d], _maxLoadWeight);
        }

        Weights.TimeWarp = Adjust(Weights.TimeWarp, _timeFeasible, _maxTimeWarpWeight);
        KeepBreaksDearerThanTheirTime();
        return true;
    }

    private void KeepBreaksDearerThanTheirTime()
    {
        for (var d = 0; d < _breakDuration.Length; d++)
        {
            Weights.Load[d] = Math.Max(Weights.Load[d], 2 * Weights.TimeWarp * _breakDuration[d]);
        }
    }

    // Distance per unit of travel time (1 when time is counted like distance, or absent).
    private static double TimeScale(ProblemData data)
    {
        if (!data.HasTimeConstraints || ReferenceEquals(data.Duration, data.Distance))
        {
            return 1;
        }

        double distance = 0, time = 0;
        for (var i = 0; i < data.Distance.Length; i++)
        {
            distance += data.Distance[i];
            time += data.Duration[i];
        }

        return time > 0 ? Math.Max(1, distance / time) : 1;
    }

    private double Adjust(double weight, Queue<bool> feasible, double max)
    {
        var share = feasible.Count(f => f) / (double)feasible.Count;
        if (share < _target - Tolerance)
        {
            return Math.Min(weight * 1.2, max);
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
