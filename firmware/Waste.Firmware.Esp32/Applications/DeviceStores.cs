using Waste.Firmware.Esp32.Board;
using Waste.Firmware.Esp32.Drivers;

namespace Waste.Firmware.Esp32.Applications;

/// <summary>
/// The files a node keeps in flash. nanoFramework gives C# no access to the ESP32's RTC memory, so the wake state
/// that would live there is a flash file too: one write per wake, about 17,500 a year for a bin, spread by the file
/// system's wear levelling (hardware-docs/power-budget.md counts its energy).
/// </summary>
public static class DeviceStores
{
    /// <summary>The wake state (RTC memory's job).</summary>
    public static FlashFile Retained() => new FlashFile(BoardConfiguration.StorageRoot + "wake.bin");

    /// <summary>The reserved sequence ceiling.</summary>
    public static FlashFile Sequence() => new FlashFile(BoardConfiguration.StorageRoot + "sequence.bin");

    /// <summary>The configuration from the twin.</summary>
    public static FlashFile Settings() => new FlashFile(BoardConfiguration.StorageRoot + "settings.bin");

    /// <summary>The odour calibration.</summary>
    public static FlashFile Calibration() => new FlashFile(BoardConfiguration.StorageRoot + "odour.bin");

    /// <summary>The RTC clock's power-on base.</summary>
    public static FlashFile ClockBase() => new FlashFile(BoardConfiguration.StorageRoot + "clock.bin");
}
