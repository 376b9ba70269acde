using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;
using Waste.Simulation.Faults;
using Waste.Simulation.Models;

namespace Waste.Simulation.Hardware;

/// <summary>
/// The JSN-SR04T under a simulated bin's lid: the echo time of the true waste surface (<see cref="BinContents"/>) at
/// the air's temperature, with a few millimetres of jitter. Faults: a stuck sensor repeats the echo it had when it
/// stuck; an open lid puts the sensor's view on something just above the rim.
/// </summary>
public sealed class BinUltrasonic(BinContents contents, BinGeometry geometry, ITemperatureSensor air, FaultSchedule faults, TimeProvider time, Random random) : IUltrasonicSensor
{
    /// <summary>Jitter of one ping, metres (either way).</summary>
    public const double JitterMetres = 0.003;

    /// <summary>What the sensor sees with the lid open, metres: above the rim, outside the blind zone.</summary>
    public const double LidOpenMetres = 0.27;

    private long _stuckEcho;

    /// <inheritdoc />
    public long PingMicroseconds()
    {
        var now = time.GetUtcNow();
        if (faults.IsActive(FaultKind.StuckSensor, contents.Bin.Id, now))
        {
            if (_stuckEcho == 0)
            {
                _stuckEcho = Echo(Surface(now));
            }

            return _stuckEcho;
        }

        _stuckEcho = 0;
        var distance = faults.IsActive(FaultKind.LidOpen, contents.Bin.Id, now) ? LidOpenMetres : Surface(now);
        return Echo(distance + (random.NextDouble() * 2 - 1) * JitterMetres);
    }

    private double Surface(DateTimeOffset now)
    {
        contents.AdvanceTo(now);
        return geometry.EmptyDistanceMetres - geometry.DepthMetres * contents.FillPercent / 100;
    }

    private long Echo(double metres) => (long)Math.Round(2 * metres / SpeedOfSound.MetresPerSecond(air.ReadCelsius()) * 1e6);
}
