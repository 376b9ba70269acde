namespace Waste.Firmware.PowerBudget;

/// <summary>One thing the node does that costs charge: a current for a duration, and where the figures come from.</summary>
/// <param name="Name">What the node is doing.</param>
/// <param name="Milliamps">Average current from the battery meanwhile, mA.</param>
/// <param name="Seconds">How long it lasts, s.</param>
/// <param name="Source">The datasheet or estimate behind the figures.</param>
public sealed record PowerPhase(string Name, double Milliamps, double Seconds, string Source)
{
    /// <summary>Charge per occurrence, mAh.</summary>
    public double MilliampHours => Milliamps * Seconds / 3600;
}
