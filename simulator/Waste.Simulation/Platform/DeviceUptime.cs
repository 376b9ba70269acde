using Waste.Firmware.Core.Time;

namespace Waste.Simulation.Platform;

/// <summary>A device's monotonic clock on the simulation's clock: milliseconds since the device was powered on,
/// running through deep sleep as the ESP32's RTC timer does.</summary>
public sealed class DeviceUptime(TimeProvider time, DateTimeOffset poweredOnAt) : IMonotonicClock
{
    /// <inheritdoc />
    public long ElapsedMilliseconds => (long)(time.GetUtcNow() - poweredOnAt).TotalMilliseconds;
}
