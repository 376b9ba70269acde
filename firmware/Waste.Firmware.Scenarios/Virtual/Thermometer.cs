using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>The enclosure's air temperature, set by the scenario.</summary>
public sealed class Thermometer : ITemperatureSensor
{
    /// <summary>Creates it at <paramref name="celsius"/>.</summary>
    public Thermometer(double celsius) => Celsius = celsius;

    /// <summary>Air temperature, °C.</summary>
    public double Celsius { get; set; }

    /// <inheritdoc />
    public double ReadCelsius() => Celsius;
}
