using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;
using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Core.Bins;

/// <summary>Measures a bin's fill: a burst of pings, echoes outside the sensor's range left out, their median, the
/// distance at the current air temperature, and the fill from the bin's geometry.</summary>
public sealed class BinFillMeter
{
    /// <summary>Air temperature assumed for the speed of sound when the thermometer reads nothing plausible: a
    /// 10 °C error moves a 1 m distance by under 2 cm.</summary>
    public const double FallbackCelsius = 30;

    private readonly IUltrasonicSensor _ultrasonic;
    private readonly ITemperatureSensor _temperature;
    private readonly UltrasonicRange _range;
    private readonly int _pingsPerBurst;
    private readonly int _minimumEchoes;

    /// <summary>Creates a meter that takes <paramref name="pingsPerBurst"/> pings per measurement and trusts the
    /// median when at least half of them, rounded up, returned inside the sensor's <paramref name="range"/>.</summary>
    public BinFillMeter(
        IUltrasonicSensor ultrasonic, ITemperatureSensor temperature, BinGeometry geometry, UltrasonicRange range,
        int pingsPerBurst)
    {
        if (pingsPerBurst < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(pingsPerBurst));
        }

        _ultrasonic = ultrasonic;
        _temperature = temperature;
        _range = range;
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
        var soundCelsius = TemperatureReading.IsPlausible(celsius) ? celsius : FallbackCelsius;
        var inRange = new long[_pingsPerBurst];
        var returned = 0;
        var tooNear = 0;
        for (var i = 0; i < inRange.Length; i++)
        {
            var echo = _ultrasonic.PingMicroseconds();
            if (echo <= 0)
            {
                continue;
            }

            returned++;
            var metres = EchoDistance.Metres(echo, soundCelsius);
            if (metres < _range.BlindZoneMetres)
            {
                tooNear++;
            }
            else if (metres <= _range.MaximumMetres)
            {
                inRange[i] = echo;
            }
        }

        if (returned < _minimumEchoes)
        {
            return new FillMeasurement(false, 0, 0, celsius, 0, TelemetrySchema.FaultNoEcho, false);
        }

        var median = PingMedian.Of(inRange, _minimumEchoes);
        if (median == PingMedian.NoEcho)
        {
            return new FillMeasurement(false, 0, 0, celsius, 0, TelemetrySchema.FaultOutOfRange, 2 * tooNear >= returned);
        }

        var distance = EchoDistance.Metres(median, soundCelsius);
        return new FillMeasurement(true, distance, FillLevel.Percent(distance, Geometry), celsius, median, "", false);
    }
}
