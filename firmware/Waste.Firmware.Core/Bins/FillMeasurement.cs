namespace Waste.Firmware.Core.Bins;

/// <summary>What one burst of pings says about a bin's fill.</summary>
public sealed class FillMeasurement
{
    /// <summary>Creates a measurement; <paramref name="hasEcho"/> false means the distance and fill mean nothing and
    /// <paramref name="fault"/> says why.</summary>
    public FillMeasurement(
        bool hasEcho, double distanceMetres, double fillPercent, double temperatureCelsius, long echoMicroseconds,
        string fault, bool tooNear)
    {
        HasEcho = hasEcho;
        DistanceMetres = distanceMetres;
        FillPercent = fillPercent;
        TemperatureCelsius = temperatureCelsius;
        EchoMicroseconds = echoMicroseconds;
        Fault = fault;
        TooNear = tooNear;
    }

    /// <summary>True when enough pings returned an echo inside the sensor's range to trust the median.</summary>
    public bool HasEcho { get; }

    /// <summary>Median distance to the waste surface, metres.</summary>
    public double DistanceMetres { get; }

    /// <summary>Fill, percent of the bin's depth.</summary>
    public double FillPercent { get; }

    /// <summary>Air temperature used for the speed of sound, °C, as the sensor read it.</summary>
    public double TemperatureCelsius { get; }

    /// <summary>The median echo time, µs: the raw value a stuck sensor repeats.</summary>
    public long EchoMicroseconds { get; }

    /// <summary>The protocol's fault name when there is no trusted echo (<c>no_echo</c>, <c>out_of_range</c>); empty
    /// otherwise.</summary>
    public string Fault { get; }

    /// <summary>True when most echoes came from inside the blind zone: something sits right at the sensor.</summary>
    public bool TooNear { get; }
}
