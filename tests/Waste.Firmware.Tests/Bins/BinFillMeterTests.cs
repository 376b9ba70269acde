using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Bins;

public class BinFillMeterTests
{
    private static readonly BinGeometry Bin = new(depthMetres: 1.0, sensorOffsetMetres: 0.1);

    [Fact]
    public void Measures_the_median_distance_at_the_air_temperature()
    {
        // 0.6 m at 20 °C is 3496 µs round trip; one stray echo from the wall at 1200 µs.
        var meter = new BinFillMeter(new ScriptedUltrasonic(3496, 1200, 3500, 3490, 3497), new FixedTemperature(20), Bin, UltrasonicRange.HcSr04, 5);

        var measurement = meter.Measure();

        Assert.True(measurement.HasEcho);
        Assert.Equal(0.600, measurement.DistanceMetres, 3);
        Assert.Equal(50.0, measurement.FillPercent, 0);
        Assert.Equal(20, measurement.TemperatureCelsius);
    }

    [Fact]
    public void Too_few_echoes_is_no_measurement()
    {
        var meter = new BinFillMeter(new ScriptedUltrasonic(0, 0, 3496, 0, 0), new FixedTemperature(20), Bin, UltrasonicRange.HcSr04, 5);

        Assert.False(meter.Measure().HasEcho);
    }

    private sealed class ScriptedUltrasonic(params long[] echoes) : IUltrasonicSensor
    {
        private int _next;

        public long PingMicroseconds() => echoes[_next++ % echoes.Length];
    }

    private sealed class FixedTemperature(double celsius) : ITemperatureSensor
    {
        public double ReadCelsius() => celsius;
    }
}
