namespace Waste.Firmware.PowerBudget;

/// <summary>One line of the daily budget: a phase, how often it happens a day, and its charge per day.</summary>
/// <param name="Name">The phase.</param>
/// <param name="Milliamps">Its current, mA.</param>
/// <param name="Seconds">Its duration per occurrence, s.</param>
/// <param name="TimesPerDay">Occurrences per day.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record EnergyLine(string Name, double Milliamps, double Seconds, double TimesPerDay, string Source)
{
    /// <summary>Charge per day, mAh.</summary>
    public double MilliampHoursPerDay => Milliamps * Seconds * TimesPerDay / 3600;
}
