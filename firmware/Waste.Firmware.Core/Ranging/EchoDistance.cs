namespace Waste.Firmware.Core.Ranging;

/// <summary>Turns an ultrasonic echo's round-trip time into the distance to the reflecting surface.</summary>
public static class EchoDistance
{
    /// <summary>Distance in metres for a round trip of <paramref name="echoMicroseconds"/> µs at the given air
    /// temperature. The pulse travels there and back, hence the half.</summary>
    public static double Metres(long echoMicroseconds, double airTemperatureCelsius) =>
        echoMicroseconds * 1e-6 * SpeedOfSound.MetresPerSecond(airTemperatureCelsius) / 2.0;
}
