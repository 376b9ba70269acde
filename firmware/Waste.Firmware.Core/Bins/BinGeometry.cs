namespace Waste.Firmware.Core.Bins;

/// <summary>
/// Where the ultrasonic sensor sits in a bin. The sensor hangs under the lid looking down; the full line is the rim.
/// </summary>
public sealed class BinGeometry
{
    /// <summary>Creates the geometry from the bin's inner depth and the sensor's height above the rim, in metres.</summary>
    public BinGeometry(double depthMetres, double sensorOffsetMetres)
    {
        if (!(depthMetres > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(depthMetres), "bin depth must be positive");
        }

        if (!(sensorOffsetMetres >= 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(sensorOffsetMetres), "sensor offset must be zero or more");
        }

        DepthMetres = depthMetres;
        SensorOffsetMetres = sensorOffsetMetres;
    }

    /// <summary>Inner depth of the bin, from the rim (full line) to the floor, in metres.</summary>
    public double DepthMetres { get; }

    /// <summary>Distance from the sensor's face down to the rim, in metres.</summary>
    public double SensorOffsetMetres { get; }

    /// <summary>Distance the sensor measures to the floor of an empty bin, in metres.</summary>
    public double EmptyDistanceMetres => DepthMetres + SensorOffsetMetres;
}
