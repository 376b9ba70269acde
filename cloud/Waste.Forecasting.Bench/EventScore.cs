namespace Waste.Forecasting.Bench;

/// <summary>One emptying forecast from a bin's earlier ones: the fill found, the model's forecast and 80 % band, and
/// the two baselines' (the last cycle's rate and the mean past rate, times the elapsed hours, capped at 100).</summary>
public sealed record EventScore(
    string SiteId,
    DateTimeOffset Time,
    double ElapsedHours,
    double Actual,
    double Model,
    double Low,
    double High,
    double LastCycle,
    double MeanRate)
{
    /// <summary>Whether the fill found lies in the model's band (a fill at the cap is inside when the band reaches it).</summary>
    public bool InsideBand => Actual >= Low && Actual <= High;
}
