using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>An ADC pin whose voltage the test sets.</summary>
internal sealed class SettableVolts(double volts) : IAnalogInput
{
    public double Volts { get; set; } = volts;

    public double ReadVolts() => Volts;
}
