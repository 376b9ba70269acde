using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>A thermometer the test sets.</summary>
internal sealed class SettableTemperature(double celsius) : ITemperatureSensor
{
    public double Celsius { get; set; } = celsius;

    public double ReadCelsius() => Celsius;
}
