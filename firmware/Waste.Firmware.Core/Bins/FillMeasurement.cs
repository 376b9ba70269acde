namespace Waste.Firmware.Core.Bins;

/// <summary>What one burst of pings says about a bin's fill.</summary>
public sealed class FillMeasurement
{
    /// <summary>Creates a measurement; <paramref name="hasEcho"/> false means the distance and fill mean nothing.</summary>
    public FillMeasurement(bool hasEcho, double distanceMetres, double fillPercent, double temperatureCelsius)
    {
        HasEcho = hasEcho;
        DistanceMetres = distanceMetres;
        FillPercent = fillPercent;
        TemperatureCelsius = temperatureCelsius;
    }

    /// <summary>True when enough pings returned an echo to trust the median.</summary>
    public bool HasEcho { get; }

    /// <summary>Median distance to the waste surface, metres.</summary>
    public double DistanceMetres { get; }

    /// <summary>Fill, percent of the bin's depth.</summary>
    public double FillPercent { get; }

    /// <summary>Air temperature used for the speed of sound, °C.</summary>
    public double TemperatureCelsius { get; }
}
