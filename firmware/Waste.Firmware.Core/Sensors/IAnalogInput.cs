namespace Waste.Firmware.Core.Sensors;

/// <summary>An analog input: the voltage at an ADC pin. The ESP32 layer turns the ADC's counts into volts in one
/// place; the logic works in volts.</summary>
public interface IAnalogInput
{
    /// <summary>The pin's voltage, V.</summary>
    double ReadVolts();
}
