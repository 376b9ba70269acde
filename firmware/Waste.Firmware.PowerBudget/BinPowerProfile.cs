using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Power;

namespace Waste.Firmware.PowerBudget;

/// <summary>
/// The bin node's hardware as hardware-docs/bill-of-materials.md fits it, in power terms: what it draws asleep, and
/// what each wake costs before any radio. Datasheet figures are cited; estimates are marked as such and are the
/// first things to measure on a prototype (hardware-docs/power-budget.md says how).
/// </summary>
public static class BinPowerProfile
{
    /// <summary>The battery divider fitted to the board: 1 MΩ over 1 MΩ, as the ESP32 application's
    /// BoardConfiguration.Battery (that project compiles against nanoFramework only, so it cannot be shared here).</summary>
    public static readonly BatteryDivider FittedBatteryDivider = new(1_000_000, 1_000_000);

    /// <summary>A Li-ion cell's voltage through most of its discharge, V, for the divider's drain.</summary>
    public const double TypicalCellVolts = 3.7;

    /// <summary>What the node draws in deep sleep, contributor by contributor.</summary>
    public static IReadOnlyList<SleepCurrent> Sleep(BatteryDivider divider) =>
    [
        new("ESP32 deep sleep, RTC timer on", 10, "ESP32 Series Datasheet (Espressif), power modes: deep-sleep with RTC timer + RTC memory 10 µA"),
        new("regulator quiescent current (HT7833)", 4, "Holtek HT78xx datasheet: 500 mA LDO, quiescent current 4 µA typical"),
        new("battery divider", divider.DrainAmperes(TypicalCellVolts) * 1e6, "from the firmware's BatteryDivider: cell voltage / (top + bottom)"),
        new("cell protection IC (DW01A)", 3, "DW01A datasheet: operating current 3 µA typical"),
        new("sensor rail MOSFET off (AO3401)", 1, "AO3401 datasheet: zero-gate drain leakage 1 µA maximum"),
    ];

    /// <summary>What every wake costs: the runtime starting, the sample, the state written to flash.</summary>
    public static IReadOnlyList<PowerPhase> Wake(int pingsPerBurst) =>
    [
        new("boot: ESP32 ROM + nanoFramework runtime start", 45, 1.2, "ESP32 datasheet: CPU 160 MHz active 27-44 mA; nanoFramework boot ~1.2 s (estimate, to measure)"),
        new("sample: sensor rail on, " + pingsPerBurst + " pings, ADC", 75, 0.06 + pingsPerBurst * 0.07, "JSN-SR04T: 30 mA working; pings 60 ms apart (Hcsr04 binding); CPU 45 mA"),
        new("wake state written to flash", 60, 0.1, "ESP32 CPU 45 mA + SPI flash program/erase ~15 mA (W25Q32 datasheet), ~100 ms"),
    ];

    /// <summary>The default burst of the firmware.</summary>
    public static int PingsPerBurst => BinHardware.DefaultPingsPerBurst;
}
