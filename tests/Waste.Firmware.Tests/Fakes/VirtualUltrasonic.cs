using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>An ultrasonic sensor looking at a surface <see cref="DistanceMetres"/> away in air at the thermometer's
/// temperature, with a few microseconds of jitter as real echoes have; it can lose its echo or hang.</summary>
internal sealed class VirtualUltrasonic(ITemperatureSensor air, int seed = 1) : IUltrasonicSensor
{
    private readonly Random _random = new(seed);

    public double DistanceMetres { get; set; } = 1.0;

    public bool Silent { get; set; }

    public long? StuckAt { get; set; }

    public long PingMicroseconds()
    {
        if (Silent)
        {
            return 0;
        }

        if (StuckAt is { } stuck)
        {
            return stuck;
        }

        var roundTrip = 2 * DistanceMetres / SpeedOfSound.MetresPerSecond(air.ReadCelsius()) * 1e6;
        return (long)Math.Round(roundTrip) + _random.Next(-3, 4);
    }
}
