namespace Waste.Forecasting;

/// <summary>A bin emptied: when, and how full it was before and after.</summary>
[GenerateSerializer, Immutable]
public sealed record Collection(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double FillBeforePercent,
    [property: Id(2)] double FillAfterPercent)
{
    /// <summary>The share of the bin collected, percentage points.</summary>
    public double CollectedPercent => Math.Max(0, FillBeforePercent - FillAfterPercent);
}
