namespace Waste.Firmware.Core.Odour;

/// <summary>One gas sensor sample: a concentration, or why there is none.</summary>
public sealed class GasSample
{
    /// <summary>Creates a sample; <paramref name="ppm"/> is NaN when there is no value.</summary>
    public GasSample(double ppm, double sensorOhms, bool warmingUp, bool faulty)
    {
        Ppm = ppm;
        SensorOhms = sensorOhms;
        WarmingUp = warmingUp;
        Faulty = faulty;
    }

    /// <summary>Concentration, ppm; NaN while warming up or faulty.</summary>
    public double Ppm { get; }

    /// <summary>The element's resistance Rs, ohms; NaN when faulty.</summary>
    public double SensorOhms { get; }

    /// <summary>True while the heater has not yet brought the element to a stable reading.</summary>
    public bool WarmingUp { get; }

    /// <summary>True when the output is outside the sensor's electrical range.</summary>
    public bool Faulty { get; }
}
