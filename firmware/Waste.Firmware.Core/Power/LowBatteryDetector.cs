using Waste.Firmware.Core.Alarms;

namespace Waste.Firmware.Core.Power;

/// <summary>
/// The low-battery alarm: the voltage under the limit in <see cref="ConfirmSamples"/> samples in a row (a radio burst
/// sags a cell for a moment), cleared only once it is back above the limit plus <see cref="HysteresisVolts"/> as many
/// times (a resting cell recovers a little, which must not toggle the alarm).
/// </summary>
public sealed class LowBatteryDetector
{
    /// <summary>Samples in a row that raise or clear the alarm.</summary>
    public const int ConfirmSamples = 3;

    /// <summary>How far above the limit the voltage must come back to clear the alarm, V.</summary>
    public const double HysteresisVolts = 0.1;

    private readonly Debouncer _debouncer = new(ConfirmSamples, ConfirmSamples);

    /// <summary>True while the alarm is raised.</summary>
    public bool IsAlarm => _debouncer.IsActive;

    /// <summary>Takes a battery voltage against <paramref name="limitVolts"/>; returns <see cref="IsAlarm"/>.</summary>
    public bool Observe(double volts, double limitVolts)
    {
        var low = IsAlarm ? volts < limitVolts + HysteresisVolts : volts < limitVolts;
        return _debouncer.Sample(low);
    }

    /// <summary>The debounce state for RTC memory.</summary>
    public long State => _debouncer.State;

    /// <summary>Restores what <see cref="State"/> gave.</summary>
    public void Restore(long state) => _debouncer.Restore(state);
}
