using Waste.Firmware.Core.Alarms;

namespace Waste.Firmware.Core.Bins;

/// <summary>
/// The fire alarm of a bin: the enclosure's air over an absolute limit, or rising faster than a rate (a smouldering
/// fire under the lid heats the air long before it reaches the limit). Either condition must hold in
/// <see cref="ConfirmSamples"/> samples in a row: a hot afternoon sun on the lid crosses neither twice within a minute.
/// </summary>
public sealed class FireDetector
{
    /// <summary>Samples in a row that raise (and clear) the alarm.</summary>
    public const int ConfirmSamples = 2;

    private readonly Debouncer _debouncer = new(ConfirmSamples, ConfirmSamples);

    /// <summary>The last temperature seen, °C; NaN before the first.</summary>
    public double LastCelsius { get; private set; } = double.NaN;

    /// <summary>When it was seen, seconds on the monotonic clock.</summary>
    public long LastSeconds { get; private set; }

    /// <summary>True while the alarm is raised.</summary>
    public bool IsAlarm => _debouncer.IsActive;

    /// <summary>True when the condition held once and the next sample should come soon to confirm or dismiss it.</summary>
    public bool IsPending => _debouncer.IsPending;

    /// <summary>Takes a temperature at <paramref name="seconds"/> against the thresholds; returns <see cref="IsAlarm"/>.</summary>
    public bool Observe(double celsius, long seconds, BinThresholds thresholds)
    {
        var hot = celsius >= thresholds.FireTemperatureCelsius;
        var rising = false;
        if (!double.IsNaN(LastCelsius) && seconds > LastSeconds)
        {
            var perMinute = (celsius - LastCelsius) * 60.0 / (seconds - LastSeconds);
            rising = perMinute >= thresholds.FireRiseCelsiusPerMinute;
        }

        LastCelsius = celsius;
        LastSeconds = seconds;
        return _debouncer.Sample(hot || rising);
    }

    /// <summary>True when the air rose since the last sample by what the rate limit allows in one minute: long
    /// sampling periods hide a rate, so the node samples again a minute later to measure it.</summary>
    public bool RoseNoticeably(double celsius, BinThresholds thresholds) =>
        !double.IsNaN(LastCelsius) && celsius - LastCelsius >= thresholds.FireRiseCelsiusPerMinute;

    /// <summary>The debounce state for RTC memory.</summary>
    public long State => _debouncer.State;

    /// <summary>Restores what <see cref="State"/>, <see cref="LastCelsius"/> and <see cref="LastSeconds"/> gave.</summary>
    public void Restore(long state, double lastCelsius, long lastSeconds)
    {
        _debouncer.Restore(state);
        LastCelsius = lastCelsius;
        LastSeconds = lastSeconds;
    }
}
