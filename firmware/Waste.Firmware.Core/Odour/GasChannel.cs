using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Core.Odour;

/// <summary>
/// One MQ-type gas sensor through the ADC: pin voltage to output voltage to Rs, Rs/R0 to ppm on the sensor's curve,
/// nothing during the warm-up after power-on, a fault outside the electrical range, and R0's slow drift followed
/// while the air is clean.
/// </summary>
public sealed class GasChannel
{
    /// <summary>Warm-up after power-on during which readings are ignored, seconds: MQ heaters need minutes to settle
    /// (a new element also needs a 24-48 h burn-in, done once at installation, see hardware-docs).</summary>
    public const long WarmUpSeconds = 300;

    private readonly IAnalogInput _input;
    private readonly GasSensorCircuit _circuit;
    private readonly GasSensorCurve _curve;
    private long _lastSampleSeconds = -1;

    /// <summary>Creates a channel with the calibrated clean-air resistance <paramref name="r0Ohms"/>.</summary>
    public GasChannel(IAnalogInput input, GasSensorCircuit circuit, GasSensorCurve curve, double r0Ohms)
    {
        _input = input;
        _circuit = circuit;
        _curve = curve;
        Baseline = new OdourBaseline(r0Ohms);
    }

    /// <summary>The clean-air resistance and its drift.</summary>
    public OdourBaseline Baseline { get; }

    /// <summary>Rs of the last plausible sample, ohms; NaN before one.</summary>
    public double LastSensorOhms { get; private set; } = double.NaN;

    /// <summary>Samples the sensor at <paramref name="uptimeSeconds"/> since power-on; the air counts as clean for
    /// drift tracking below <paramref name="cleanBelowPpm"/>.</summary>
    public GasSample Sample(long uptimeSeconds, double cleanBelowPpm)
    {
        var output = _circuit.OutputVolts(_input.ReadVolts());
        if (!_circuit.IsPlausible(output))
        {
            return new GasSample(double.NaN, double.NaN, false, true);
        }

        var rs = _circuit.SensorOhms(output);
        LastSensorOhms = rs;
        if (uptimeSeconds < WarmUpSeconds)
        {
            return new GasSample(double.NaN, rs, true, false);
        }

        var ppm = _curve.Ppm(rs / Baseline.R0Ohms);
        if (ppm < cleanBelowPpm && _lastSampleSeconds >= 0)
        {
            Baseline.Track(rs / _curve.CleanAirRatio, uptimeSeconds - _lastSampleSeconds);
        }

        _lastSampleSeconds = uptimeSeconds;
        return new GasSample(ppm, rs, false, false);
    }

    /// <summary>Takes the last sample's air as clean: R0 becomes what it implies. False when there is no plausible
    /// sample to take.</summary>
    public bool RecalibrateToCleanAir()
    {
        if (double.IsNaN(LastSensorOhms))
        {
            return false;
        }

        Baseline.Recalibrate(LastSensorOhms / _curve.CleanAirRatio);
        return true;
    }
}
