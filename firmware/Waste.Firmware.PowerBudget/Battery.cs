namespace Waste.Firmware.PowerBudget;

/// <summary>A battery as the budget sees it: what it holds, how much of it the node can use, and what it loses by
/// itself.</summary>
/// <param name="Name">The cell.</param>
/// <param name="CapacityMilliampHours">Rated capacity, mAh.</param>
/// <param name="UsableFraction">Share of it the node gets before the low-battery cut-off (3.4 V default) and after
/// ageing.</param>
/// <param name="SelfDischargePercentPerMonth">Capacity lost per month at rest, percent of rated.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record Battery(
    string Name, double CapacityMilliampHours, double UsableFraction, double SelfDischargePercentPerMonth, string Source)
{
    /// <summary>One 18650 Li-ion cell of 3,400 mAh (Panasonic NCR18650B class).</summary>
    public static Battery LiIon18650 { get; } = new(
        "one 18650 Li-ion, 3,400 mAh", 3400, 0.85, 2.0,
        "NCR18650B datasheet 3,350-3,400 mAh; self-discharge 1-2 %/month at 20 °C for Li-ion (Battery University BU-802b), more in tropical heat");

    /// <summary>A lithium-thionyl chloride C cell with a hybrid layer capacitor for the radio's peaks.</summary>
    public static Battery LiSocl2C { get; } = new(
        "Li-SOCl2 C cell + HLC, 7,700 mAh", 7700, 0.85, 0.1,
        "Saft LS26500 datasheet: 7.7 Ah, < 1 %/year self-discharge, 150 mA continuous; an HLC (Tadiran HLC-1550A) supplies the Wi-Fi peaks");

    /// <summary>A lithium-thionyl chloride D cell with a hybrid layer capacitor for the radio's peaks (Tadiran
    /// PulsesPlus / Saft LS33600 + HLC class).</summary>
    public static Battery LiSocl2D { get; } = new(
        "Li-SOCl2 D cell + HLC, 17,000 mAh", 17000, 0.85, 0.1,
        "Saft LS33600 datasheet: 17 Ah, < 1 %/year self-discharge; an HLC supplies the 250 mA Wi-Fi peaks the bobbin cell cannot");

    /// <summary>The cells the budget weighs, cheapest first (prices in hardware-docs/bill-of-materials.md).</summary>
    public static IReadOnlyList<Battery> Candidates { get; } = [LiIon18650, LiSocl2C, LiSocl2D];

    /// <summary>Charge lost per day by self-discharge, mAh.</summary>
    public double SelfDischargeMilliampHoursPerDay => CapacityMilliampHours * SelfDischargePercentPerMonth / 100 * 12 / 365.25;

    /// <summary>Charge the node can use, mAh.</summary>
    public double UsableMilliampHours => CapacityMilliampHours * UsableFraction;

    /// <summary>How long the battery lasts at <paramref name="loadMilliampHoursPerDay"/>, days.</summary>
    public double LifeDays(double loadMilliampHoursPerDay) =>
        UsableMilliampHours / (loadMilliampHoursPerDay + SelfDischargeMilliampHoursPerDay);
}
