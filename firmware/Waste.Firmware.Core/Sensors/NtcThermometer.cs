namespace Waste.Firmware.Core.Sensors;

/// <summary>The enclosure thermometer: an NTC thermistor divider read through the ADC.</summary>
public sealed class NtcThermometer : ITemperatureSensor
{
    private readonly IAnalogInput _pin;
    private readonly NtcThermistor _thermistor;

    /// <summary>Creates the thermometer on <paramref name="pin"/>.</summary>
    public NtcThermometer(IAnalogInput pin, NtcThermistor thermistor)
    {
        _pin = pin;
        _thermistor = thermistor;
    }

    /// <inheritdoc />
    public double ReadCelsius() => _thermistor.Celsius(_pin.ReadVolts());
}
