using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>An ADC pin whose voltage the scenario sets.</summary>
public sealed class Voltage : IAnalogInput
{
    /// <summary>Creates the pin at <paramref name="volts"/>.</summary>
    public Voltage(double volts) => Volts = volts;

    /// <summary>The pin's voltage, V.</summary>
    public double Volts { get; set; }

    /// <inheritdoc />
    public double ReadVolts() => Volts;
}
