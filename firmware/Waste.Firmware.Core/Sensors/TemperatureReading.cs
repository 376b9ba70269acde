namespace Waste.Firmware.Core.Sensors;

/// <summary>What a temperature reading may be: the protocol's range for <c>temp_c</c>, which is also what the usual
/// enclosure sensors (DS18B20, SHT3x, the ESP32's NTC divider) can report. Outside it, or NaN, the sensor is faulty.</summary>
public static class TemperatureReading
{
    /// <summary>Lowest plausible reading, °C.</summary>
    public const double MinimumCelsius = -40;

    /// <summary>Highest plausible reading, °C.</summary>
    public const double MaximumCelsius = 125;

    /// <summary>True when <paramref name="celsius"/> is a reading a working sensor can give.</summary>
    public static bool IsPlausible(double celsius) => celsius >= MinimumCelsius && celsius <= MaximumCelsius;
}
