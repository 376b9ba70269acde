using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Sensors;

namespace Waste.Simulation.Hardware;

/// <summary>
/// An MQ-137 or MQ-136 on the usual 5 V module, seen at its ADC pin: the concentration the odour model gives, turned
/// into the sensor's resistance by the datasheet curve (Rs = R0·(ppm/a)^(1/b)), then into the divider's output, as
/// the firmware's <see cref="GasSensorCircuit"/> reads it back.
/// </summary>
public sealed class GasSensorPin(GasSensorCurve curve, GasSensorCircuit circuit, double r0Ohms, Func<double> ppm) : IAnalogInput
{
    /// <inheritdoc />
    public double ReadVolts()
    {
        var ratio = Math.Pow(Math.Max(ppm(), 1e-6) / curve.A, 1 / curve.B);
        var output = circuit.CircuitVolts * circuit.LoadOhms / (circuit.LoadOhms + ratio * r0Ohms);
        return output / circuit.OutputDivider;
    }
}
