using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Sensors;
using Waste.Simulation.Faults;

namespace Waste.Simulation.Hardware;

/// <summary>
/// A bin node's Li-ion cell seen at its ADC pin through the node's divider (two 1 MΩ: the pin sees half). It starts at
/// <see cref="StartVolts"/> and sags <see cref="NormalVoltsPerDay"/> a day; a <see cref="FaultKind.BatteryDrain"/> adds
/// <see cref="DrainVoltsPerDay"/> from the fault's start, so the low-battery alarm (3.4 V) comes within days.
/// </summary>
public sealed class BatteryCell(string deviceId, FaultSchedule faults, TimeProvider time, DateTimeOffset installed) : IAnalogInput
{
    /// <summary>Voltage at installation.</summary>
    public const double StartVolts = 3.95;

    /// <summary>Normal sag per day.</summary>
    public const double NormalVoltsPerDay = 0.002;

    /// <summary>Extra loss per day while draining.</summary>
    public const double DrainVoltsPerDay = 0.15;

    /// <summary>The divider the node reads the cell through.</summary>
    public static readonly BatteryDivider Divider = new(1_000_000, 1_000_000);

    /// <summary>The cell's voltage now.</summary>
    public double CellVolts
    {
        get
        {
            var now = time.GetUtcNow();
            var volts = StartVolts - NormalVoltsPerDay * (now - installed).TotalDays;
            if (faults.Active(FaultKind.BatteryDrain, deviceId, now) is { } drain)
            {
                volts -= DrainVoltsPerDay * (now - drain.Start).TotalDays;
            }

            return Math.Max(3.0, volts);
        }
    }

    /// <inheritdoc />
    public double ReadVolts() => Divider.BottomOhms / (Divider.TopOhms + Divider.BottomOhms) * CellVolts;
}
