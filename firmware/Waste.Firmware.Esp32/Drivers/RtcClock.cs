using System;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>
/// Milliseconds since power-on on the ESP32's RTC, which keeps counting through deep sleep: the system time
/// (<see cref="DateTime.UtcNow"/>, never set by this firmware, which asks SNTP itself) minus the system time at
/// power-on, kept in flash. A wake from deep sleep reads the kept base; a power-on writes a new one.
/// </summary>
public sealed class RtcClock : IMonotonicClock
{
    private readonly long _poweredOnTicks;

    /// <summary>Creates the clock; <paramref name="coldBoot"/> is true after a power-on or a reset, false after a
    /// wake from deep sleep.</summary>
    public RtcClock(IByteStore baseStore, bool coldBoot)
    {
        var reader = new ByteReader(baseStore.Load());
        var kept = reader.Int64();
        if (coldBoot || !reader.EndedCleanly || kept > DateTime.UtcNow.Ticks)
        {
            kept = DateTime.UtcNow.Ticks;
            baseStore.Save(new ByteWriter().Int64(kept).ToArray());
        }

        _poweredOnTicks = kept;
    }

    /// <inheritdoc />
    public long ElapsedMilliseconds => (DateTime.UtcNow.Ticks - _poweredOnTicks) / TimeSpan.TicksPerMillisecond;
}
