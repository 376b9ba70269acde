namespace Waste.Firmware.PowerBudget;

/// <summary>What the budget has to assume about a bin's life, since it decides how often the fill-step rule sends
/// early.</summary>
/// <param name="FillPercentPerDay">How fast the bin fills, percent of its depth per day.</param>
public sealed record UsageAssumptions(double FillPercentPerDay)
{
    /// <summary>A street bin emptied every two to three days: 35 % a day.</summary>
    public static UsageAssumptions StreetBin { get; } = new(35);

    /// <summary>Collections per day: one each time the bin fills up.</summary>
    public double CollectionsPerDay => FillPercentPerDay / 100;
}
