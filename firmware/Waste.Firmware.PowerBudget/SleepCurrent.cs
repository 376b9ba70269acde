namespace Waste.Firmware.PowerBudget;

/// <summary>One contributor to the current the node draws while in deep sleep.</summary>
/// <param name="Name">What draws it.</param>
/// <param name="Microamps">How much, µA.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record SleepCurrent(string Name, double Microamps, string Source);
