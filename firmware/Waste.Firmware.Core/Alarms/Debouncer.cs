namespace Waste.Firmware.Core.Alarms;

/// <summary>
/// Debounces an alarm condition over samples: the alarm is raised when the condition held in at least k of the last n
/// samples, and cleared only once it held in none of them, so a reading that flickers around a threshold neither
/// floods the cloud nor hides a real alarm. k = n gives "n samples in a row".
/// </summary>
public sealed class Debouncer
{
    /// <summary>The longest window.</summary>
    public const int MaxWindow = 32;

    private long _window;

    /// <summary>Creates a debouncer raising on <paramref name="k"/> of the last <paramref name="n"/> samples.</summary>
    public Debouncer(int k, int n)
    {
        if (n < 1 || n > MaxWindow || k < 1 || k > n)
        {
            throw new System.ArgumentOutOfRangeException(nameof(k), "need 1 <= k <= n <= 32");
        }

        K = k;
        N = n;
    }

    /// <summary>Samples over threshold needed to raise.</summary>
    public int K { get; }

    /// <summary>Samples in the window.</summary>
    public int N { get; }

    /// <summary>True while the alarm is raised.</summary>
    public bool IsActive { get; private set; }

    /// <summary>True when the condition held in the window but the alarm is not raised yet: worth a quick look.</summary>
    public bool IsPending => !IsActive && (_window & Mask) != 0;

    /// <summary>The window as bits, newest lowest, and whether the alarm is active, for RTC memory.</summary>
    public long State => (_window & Mask) | (IsActive ? 1L << 40 : 0);

    private long Mask => (1L << N) - 1;

    /// <summary>Takes one sample of the condition; returns <see cref="IsActive"/>.</summary>
    public bool Sample(bool condition)
    {
        _window = ((_window << 1) | (condition ? 1L : 0L)) & Mask;
        var count = 0;
        for (var bits = _window; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        if (count >= K)
        {
            IsActive = true;
        }
        else if (count == 0)
        {
            IsActive = false;
        }

        return IsActive;
    }

    /// <summary>Restores what <see cref="State"/> gave.</summary>
    public void Restore(long state)
    {
        _window = state & Mask;
        IsActive = (state & (1L << 40)) != 0;
    }
}
