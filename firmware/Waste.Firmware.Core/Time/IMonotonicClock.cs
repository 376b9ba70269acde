namespace Waste.Firmware.Core.Time;

/// <summary>
/// The device's own clock: milliseconds since power-on, never going back. On the ESP32 it is the RTC timer, which
/// keeps counting through deep sleep; the simulator and the tests drive a virtual one.
/// </summary>
public interface IMonotonicClock
{
    /// <summary>Milliseconds since power-on.</summary>
    long ElapsedMilliseconds { get; }
}
