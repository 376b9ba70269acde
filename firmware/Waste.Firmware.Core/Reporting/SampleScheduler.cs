namespace Waste.Firmware.Core.Reporting;

/// <summary>
/// When the next sample is due, on the monotonic clock: one sampling period after the last regular sample, or sooner
/// when a pending alarm wants a quick second look (<see cref="ConfirmDelaySeconds"/>), so that confirming an alarm
/// takes a minute, not a sampling period.
/// </summary>
public sealed class SampleScheduler
{
    /// <summary>How soon a pending alarm is looked at again, seconds.</summary>
    public const long ConfirmDelaySeconds = 60;

    /// <summary>When the next sample is due, monotonic seconds; 0 means at once.</summary>
    public long NextDueSeconds { get; private set; }

    /// <summary>True when a sample is due at <paramref name="nowSeconds"/>.</summary>
    public bool IsDue(long nowSeconds) => nowSeconds >= NextDueSeconds;

    /// <summary>A sample was taken at <paramref name="nowSeconds"/>; the next regular one is a period later.</summary>
    public void Sampled(long nowSeconds, long periodSeconds) => NextDueSeconds = nowSeconds + periodSeconds;

    /// <summary>Brings the next sample forward to a confirmation delay after <paramref name="nowSeconds"/>.</summary>
    public void ConfirmSoon(long nowSeconds)
    {
        var soon = nowSeconds + ConfirmDelaySeconds;
        if (soon < NextDueSeconds)
        {
            NextDueSeconds = soon;
        }
    }

    /// <summary>A new, shorter sampling period takes effect at once rather than after the old, longer wait.</summary>
    public void Shorten(long nowSeconds, long periodSeconds)
    {
        var next = nowSeconds + periodSeconds;
        if (next < NextDueSeconds)
        {
            NextDueSeconds = next;
        }
    }

    /// <summary>Restores the due time RTC memory kept.</summary>
    public void Restore(long nextDueSeconds) => NextDueSeconds = nextDueSeconds;
}
