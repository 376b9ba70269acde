using Waste.Firmware.Core.Alarms;

namespace Waste.Firmware.Core.Bins;

/// <summary>
/// Tells an open lid or a blocked sensor from a full bin. Waste rises gradually; an open lid (the sensor then looks
/// sideways) or a bag left on the sensor shows as a distance that is suddenly much shorter than the last trusted one,
/// at or above the rim, or as echoes from inside the blind zone. Such a reading is held back from the fill; when it
/// persists for <see cref="ConfirmSamples"/> samples the <c>lid_open</c> alarm is raised, and it clears with the first
/// reading back below the rim.
/// </summary>
public sealed class LidOpenDetector
{
    /// <summary>A drop in distance larger than this between two samples is sudden, metres.</summary>
    public const double SuddenDropMetres = 0.30;

    /// <summary>Readings this close below the rim still count as "at the rim", metres.</summary>
    public const double RimMarginMetres = 0.05;

    /// <summary>Suspect samples in a row that raise the alarm.</summary>
    public const int ConfirmSamples = 2;

    private readonly Debouncer _debouncer = new(ConfirmSamples, ConfirmSamples);

    /// <summary>The last distance trusted as the waste surface, metres; 0 before the first.</summary>
    public double LastTrustedMetres { get; private set; }

    /// <summary>True while a sudden short distance is being watched (its fill held back).</summary>
    public bool IsSuspect { get; private set; }

    /// <summary>True while the alarm is raised.</summary>
    public bool IsAlarm => _debouncer.IsActive;

    /// <summary>True when one more sample would confirm the alarm.</summary>
    public bool IsPending => _debouncer.IsPending;

    /// <summary>Takes a trusted distance; returns true when it is the waste surface (its fill can be reported), false
    /// when it looks like an open lid or an obstruction.</summary>
    public bool Observe(double distanceMetres, BinGeometry geometry)
    {
        var atOrAboveRim = distanceMetres < geometry.SensorOffsetMetres + RimMarginMetres;
        var sudden = LastTrustedMetres > 0 && LastTrustedMetres - distanceMetres >= SuddenDropMetres;
        return Classify(atOrAboveRim && (sudden || IsSuspect), distanceMetres);
    }

    /// <summary>Takes a burst whose echoes came from inside the blind zone: something sits right at the sensor.</summary>
    public void ObserveTooNear() => Classify(true, 0);

    /// <summary>The state for RTC memory.</summary>
    public long State => _debouncer.State | (IsSuspect ? 1L << 41 : 0);

    /// <summary>Restores what <see cref="State"/> and <see cref="LastTrustedMetres"/> gave.</summary>
    public void Restore(long state, double lastTrustedMetres)
    {
        _debouncer.Restore(state & ~(1L << 41));
        IsSuspect = (state & (1L << 41)) != 0;
        LastTrustedMetres = lastTrustedMetres;
    }

    private bool Classify(bool suspect, double distanceMetres)
    {
        IsSuspect = suspect;
        if (suspect)
        {
            _debouncer.Sample(true);
            return false;
        }

        // One good reading below the rim ends it all: the lid is shut and the sensor sees waste again.
        LastTrustedMetres = distanceMetres;
        _debouncer.Restore(0);
        return true;
    }
}
