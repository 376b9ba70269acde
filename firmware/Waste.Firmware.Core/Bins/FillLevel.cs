namespace Waste.Firmware.Core.Bins;

/// <summary>Converts the distance to the waste surface into how full the bin is.</summary>
public static class FillLevel
{
    /// <summary>
    /// Fill in percent of the bin's depth for a measured distance from the sensor to the waste surface: 0 for an
    /// empty bin, 100 when waste reaches the rim. Clamped to 0..100: a distance beyond the floor is noise, and waste
    /// above the rim is simply full.
    /// </summary>
    public static double Percent(double distanceMetres, BinGeometry geometry)
    {
        var wasteHeight = geometry.EmptyDistanceMetres - distanceMetres;
        var percent = 100.0 * wasteHeight / geometry.DepthMetres;
        if (percent < 0)
        {
            return 0;
        }

        return percent > 100 ? 100 : percent;
    }
}
