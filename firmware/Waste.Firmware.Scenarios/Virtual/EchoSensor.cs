using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>An ultrasonic sensor looking at a surface <see cref="DistanceMetres"/> away in air at the thermometer's
/// temperature, with a few microseconds of jitter from a fixed pseudo-random sequence (the same on every runtime);
/// it can lose its echo or hang on one value.</summary>
public sealed class EchoSensor : IUltrasonicSensor
{
    private readonly ITemperatureSensor _air;
    private uint _seed = 12345;

    /// <summary>Creates the sensor in <paramref name="air"/>.</summary>
    public EchoSensor(ITemperatureSensor air) => _air = air;

    /// <summary>Distance to the waste, m.</summary>
    public double DistanceMetres { get; set; } = 1.0;

    /// <summary>True when no echo comes back.</summary>
    public bool Silent { get; set; }

    /// <summary>The echo time a hung sensor repeats, µs; 0 when it works.</summary>
    public long StuckAtMicroseconds { get; set; }

    /// <inheritdoc />
    public long PingMicroseconds()
    {
        if (Silent)
        {
            return 0;
        }

        if (StuckAtMicroseconds > 0)
        {
            return StuckAtMicroseconds;
        }

        // Numerical Recipes' linear congruential generator: jitter of -3..3 µs.
        _seed = unchecked(_seed * 1664525 + 1013904223);
        var jitter = (int)(_seed >> 16) % 7 - 3;
        var roundTrip = 2 * DistanceMetres / SpeedOfSound.MetresPerSecond(_air.ReadCelsius()) * 1e6;
        return (long)(roundTrip + 0.5) + jitter;
    }
}
