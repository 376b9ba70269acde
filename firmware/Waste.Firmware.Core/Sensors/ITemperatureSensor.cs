namespace Waste.Firmware.Core.Sensors;

/// <summary>An air temperature sensor inside the enclosure.</summary>
public interface ITemperatureSensor
{
    /// <summary>Air temperature in °C.</summary>
    double ReadCelsius();
}
