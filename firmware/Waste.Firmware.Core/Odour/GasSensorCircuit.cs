namespace Waste.Firmware.Core.Odour;

/// <summary>
/// How an MQ-type sensor is wired: its element and a load resistor RL in series across the circuit voltage Vc, the
/// output taken across RL and divided down to the ADC's range. Rs = RL·(Vc − Vout)/Vout.
/// </summary>
public sealed class GasSensorCircuit
{
    /// <summary>The usual module: Vc 5 V, RL 10 kΩ, output halved by two 10 kΩ into the 3.3 V ADC.</summary>
    public static readonly GasSensorCircuit Module5V = new(5.0, 10000, 2.0);

    /// <summary>Creates a circuit.</summary>
    public GasSensorCircuit(double circuitVolts, double loadOhms, double outputDivider)
    {
        if (!(circuitVolts > 0) || !(loadOhms > 0) || !(outputDivider >= 1))
        {
            throw new System.ArgumentOutOfRangeException(nameof(loadOhms));
        }

        CircuitVolts = circuitVolts;
        LoadOhms = loadOhms;
        OutputDivider = outputDivider;
    }

    /// <summary>Circuit voltage Vc, V.</summary>
    public double CircuitVolts { get; }

    /// <summary>Load resistor RL, ohms.</summary>
    public double LoadOhms { get; }

    /// <summary>Sensor output over ADC pin voltage.</summary>
    public double OutputDivider { get; }

    /// <summary>The sensor's output voltage for an ADC pin voltage, V.</summary>
    public double OutputVolts(double pinVolts) => pinVolts * OutputDivider;

    /// <summary>True when <paramref name="outputVolts"/> is inside the electrical range a working sensor gives: an
    /// open element reads 0 V, a shorted one Vc.</summary>
    public bool IsPlausible(double outputVolts) =>
        outputVolts > 0.01 * CircuitVolts && outputVolts < 0.99 * CircuitVolts;

    /// <summary>The sensor element's resistance Rs for an output voltage, ohms.</summary>
    public double SensorOhms(double outputVolts) => LoadOhms * (CircuitVolts - outputVolts) / outputVolts;
}
