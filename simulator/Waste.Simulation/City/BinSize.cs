using Waste.Firmware.Core.Bins;

namespace Waste.Simulation.City;

/// <summary>
/// The bin sizes of the city (EN 840 wheeled containers) and their inner depths: the depth the twin tells the
/// firmware (<c>bin_depth_m</c>). The JSN-SR04T sensor hangs <see cref="SensorOffsetMetres"/> above the rim, outside
/// its 0.25 m blind zone, as docs/device-protocol.md asks.
/// </summary>
public static class BinSize
{
    /// <summary>The sensor's height above the rim, metres (twin <c>sensor_offset_m</c>).</summary>
    public const double SensorOffsetMetres = 0.30;

    /// <summary>The sizes, litres.</summary>
    public static readonly IReadOnlyList<int> Litres = [120, 240, 660, 1100];

    /// <summary>Inner depth from rim to floor of a bin of <paramref name="litres"/>, metres.</summary>
    public static double DepthMetres(int litres) => litres switch
    {
        120 => 0.80,
        240 => 0.95,
        660 => 1.00,
        1100 => 1.10,
        _ => throw new ArgumentOutOfRangeException(nameof(litres), litres, "bins are 120, 240, 660 or 1,100 L"),
    };

    /// <summary>The geometry of a bin of <paramref name="litres"/>.</summary>
    public static BinGeometry Geometry(int litres) => new(DepthMetres(litres), SensorOffsetMetres);
}
