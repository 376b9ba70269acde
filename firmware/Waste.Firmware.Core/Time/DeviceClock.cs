using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Core.Time;

/// <summary>
/// What time it is for the device: UTC once SNTP has answered since power-on, seconds since power-on until then (the
/// protocol's <c>up</c> clock). Readings are kept on the monotonic clock and moved onto UTC when they are sent, so a
/// batch taken before the first SNTP answer still goes out with true UTC times once one arrives.
/// </summary>
public sealed class DeviceClock
{
    /// <summary>The clock is synchronised again after this long, seconds: the ESP32's RTC drifts seconds a day.</summary>
    public const long ResyncSeconds = 24 * 3600;

    private readonly IMonotonicClock _monotonic;

    /// <summary>Creates a clock on <paramref name="monotonic"/>, not yet synchronised.</summary>
    public DeviceClock(IMonotonicClock monotonic) => _monotonic = monotonic;

    /// <summary>True once an SNTP answer gave the offset from the monotonic clock to UTC.</summary>
    public bool IsSynchronised { get; private set; }

    /// <summary>UTC Unix seconds minus monotonic seconds; meaningful when <see cref="IsSynchronised"/>.</summary>
    public long UtcOffsetSeconds { get; private set; }

    /// <summary>When the last SNTP answer came, monotonic seconds.</summary>
    public long SynchronisedAtSeconds { get; private set; }

    /// <summary>True when the clock was never synchronised since power-on, or not for <see cref="ResyncSeconds"/>.</summary>
    public bool NeedsSynchronisation => !IsSynchronised || MonotonicSeconds - SynchronisedAtSeconds >= ResyncSeconds;

    /// <summary>Seconds since power-on.</summary>
    public long MonotonicSeconds => _monotonic.ElapsedMilliseconds / 1000;

    /// <summary>Milliseconds since power-on.</summary>
    public long MonotonicMilliseconds => _monotonic.ElapsedMilliseconds;

    /// <summary>The clock a message formed now is on.</summary>
    public ClockSource Source => IsSynchronised ? ClockSource.Utc : ClockSource.Uptime;

    /// <summary>UTC Unix seconds now; meaningful when <see cref="IsSynchronised"/>.</summary>
    public long UtcSeconds => MonotonicSeconds + UtcOffsetSeconds;

    /// <summary>A monotonic time in seconds on the clock of <see cref="Source"/>.</summary>
    public long ToMessageTime(long monotonicSeconds) => IsSynchronised ? monotonicSeconds + UtcOffsetSeconds : monotonicSeconds;

    /// <summary>Asks <paramref name="sntp"/> for the time; on an answer the clock is on UTC from now on.</summary>
    public bool Synchronise(ISntpClient sntp)
    {
        if (!sntp.TryGetUnixSeconds(out var utc))
        {
            return false;
        }

        var now = MonotonicSeconds;
        UtcOffsetSeconds = utc - now;
        SynchronisedAtSeconds = now;
        IsSynchronised = true;
        return true;
    }

    /// <summary>Restores a synchronisation that RTC memory kept through deep sleep.</summary>
    public void Restore(long utcOffsetSeconds, long synchronisedAtSeconds)
    {
        UtcOffsetSeconds = utcOffsetSeconds;
        SynchronisedAtSeconds = synchronisedAtSeconds;
        IsSynchronised = true;
    }
}
