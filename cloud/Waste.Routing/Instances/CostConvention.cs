namespace Waste.Routing.Instances;

/// <summary>
/// How a benchmark set measures the cost of a solution. The wrong convention makes every gap meaningless: CMT's
/// best-known 524.61 is a sum of real distances, X-n101-k25's 27591 a sum of rounded ones.
/// </summary>
public enum CostConvention
{
    /// <summary>TSPLIB EUC_2D: each edge is the Euclidean distance rounded to the nearest integer, <c>(int)(d + 0.5)</c>
    /// (CVRPLIB's A, B, P and X sets).</summary>
    RoundedEuclidean,

    /// <summary>Each edge is the real Euclidean distance; the cost is reported at two decimals (CMT, Golden, Solomon).</summary>
    RealEuclidean,
}

/// <summary>Edge lengths and reported costs under a <see cref="CostConvention"/>.</summary>
public static class CostConventions
{
    /// <summary>Decimals a cost is reported (and compared with the best-known cost) at.</summary>
    public static int Decimals(this CostConvention convention) => convention == CostConvention.RoundedEuclidean ? 0 : 2;

    /// <summary>The length of the edge from (x1, y1) to (x2, y2).</summary>
    public static double Length(this CostConvention convention, double x1, double y1, double x2, double y2)
    {
        var dx = x1 - x2;
        var dy = y1 - y2;
        var exact = Math.Sqrt((dx * dx) + (dy * dy));
        return convention == CostConvention.RoundedEuclidean ? Math.Floor(exact + 0.5) : exact;
    }

    /// <summary>A cost as reported: rounded to <see cref="Decimals"/>.</summary>
    public static double Reported(this CostConvention convention, double cost) => Math.Round(cost, convention.Decimals(), MidpointRounding.AwayFromZero);

    /// <summary>Reads a <c>distance_convention</c> cell of bks.csv: <c>round(nint)</c> or <c>real</c>/<c>exact</c>.</summary>
    public static CostConvention? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "round(nint)" or "nint" or "rounded" => CostConvention.RoundedEuclidean,
        "real" or "exact" or "exact(real)" => CostConvention.RealEuclidean,
        _ => null,
    };
}
