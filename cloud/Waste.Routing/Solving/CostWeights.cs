namespace Waste.Routing.Solving;

/// <summary>
/// The penalty weights that make infeasibility a cost: one per load dimension (per unit of excess load) and one per
/// unit of time warp. The genetic search adapts them so that about a fifth of its local-search results are feasible.
/// </summary>
public sealed class CostWeights
{
    /// <summary>Creates weights for <paramref name="dimensions"/> load dimensions.</summary>
    public CostWeights(int dimensions, double loadPenalty, double timeWarpPenalty)
    {
        Load = Enumerable.Repeat(loadPenalty, dimensions).ToArray();
        TimeWarp = timeWarpPenalty;
    }

    /// <summary>Creates weights from one penalty per load dimension.</summary>
    public CostWeights(double[] load, double timeWarp)
    {
        Load = load;
        TimeWarp = timeWarp;
    }

    /// <summary>Penalty per unit of excess load, per dimension.</summary>
    public double[] Load { get; }

    /// <summary>Penalty per unit of time warp (and of duration above the limit).</summary>
    public double TimeWarp { get; set; }

    /// <summary>These weights multiplied by <paramref name="factor"/> (the repair step's stricter weights).</summary>
    public CostWeights Times(double factor) => new(Load.Select(w => w * factor).ToArray(), TimeWarp * factor);
}
