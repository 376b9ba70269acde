using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Simulation.Bins;

/// <summary>An ultrasonic sensor under a virtual bin's lid: it returns the echo time the real one would for the
/// model's waste height at the air temperature, with a few millimetres of jitter.</summary>
public sealed class VirtualUltrasonicSensor(BinGeometry geometry, BinFillModel bin, ITemperatureSensor air, Random random) : IUltrasonicSensor
{
    private const double JitterMetres = 0.003;

    /// <inheritdoc />
    public long PingMicroseconds()
    {
        var distance = geometry.EmptyDistanceMetres - bin.WasteHeightMetres + (random.NextDouble() * 2 - 1) * JitterMetres;
        return (long)Math.Round(2 * distance / SpeedOfSound.MetresPerSecond(air.ReadCelsius()) * 1e6);
    }
}
