using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Core.Bins;

/// <summary>Measures a bin's fill: a burst of pings, their median, the distance at the current air temperature, and
/// the fill from the bin's geometry.</summary>
public sealed class BinFillMeter
{
    private readonly IUltrasonicSensor _ultrasonic;
    private readonly ITemperatureSensor _temperature;
    private readonly int _pingsPerBurst;
    private readonly int _minimumEchoes;

    /// <summary>Creates a meter that takes <paramref name="pingsPerBurst"/> pings per measurement and trusts the
    /// median when at least half of them, rounded up, returned.</summary>
    public BinFillMeter(IUltrasonicSensor ultrasonic, ITemperatureSensor temperature, BinGeometry geometry, int pingsPerBurst)
    {
        if (pingsPerBurst < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(pingsPerBurst));
        }

        _ultrasonic = ultrasonic;
        _temperature = temperature;
        Geometry = geometry;
        _pingsPerBurst = pingsPerBurst;
        _minimumEchoes = (pingsPerBurst + 1) / 2;
    }

    /// <summary>The bin's geometry; replaced when the cloud reconfigures the device.</summary>
    public BinGeometry Geometry { get; set; }

    /// <summary>Takes one burst and returns what it says.</summary>
    public FillMeasurement Measure()
    {
        var celsius = _temperature.ReadCelsius();
        var echoes = new long[_pingsPerBurst];
        for (var i = 0; i < echoes.Length; i++)
        {
            echoes[i] = _ultrasonic.PingMicroseconds();
        }

        var median = PingMedian.Of(echoes, _minimumEchoes);
        if (median == PingMedian.NoEcho)
        {
            return new FillMeasurement(false, 0, 0, celsius);
        }

        var distance = EchoDistance.Metres(median, celsius);
        return new FillMeasurement(true, distance, FillLevel.Percent(distance, Geometry), celsius);
    }
}
