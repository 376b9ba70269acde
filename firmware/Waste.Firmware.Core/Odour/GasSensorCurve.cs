using Waste.Firmware.Core.Numbers;

namespace Waste.Firmware.Core.Odour;

/// <summary>
/// A metal-oxide gas sensor's sensitivity curve, ppm = a·(Rs/R0)^b, a straight line on the datasheet's log-log chart,
/// and the gas's concentration in the clean air where R0 is calibrated. The presets are the fits of the MQ-137 and
/// MQ-136 datasheet charts that are in common use; each sensor differs, so R0 is calibrated per unit (see
/// hardware-docs/calibration.md) and the curve should be checked against a calibration gas before the numbers are
/// trusted as absolute.
/// </summary>
public sealed class GasSensorCurve
{
    /// <summary>MQ-137, ammonia: ppm = 102.2·(Rs/R0)^-2.473; clean outdoor air about 0.5 ppm NH3.</summary>
    public static readonly GasSensorCurve Mq137Ammonia = new(102.2, -2.473, 0.5);

    /// <summary>MQ-136, hydrogen sulphide: ppm = 36.737·(Rs/R0)^-3.536; clean air about 0.01 ppm H2S.</summary>
    public static readonly GasSensorCurve Mq136HydrogenSulphide = new(36.737, -3.536, 0.01);

    /// <summary>Creates a curve.</summary>
    public GasSensorCurve(double a, double b, double cleanAirPpm)
    {
        if (!(a > 0) || !(b < 0) || !(cleanAirPpm > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(a), "need a > 0, b < 0, clean air > 0");
        }

        A = a;
        B = b;
        CleanAirPpm = cleanAirPpm;
    }

    /// <summary>The curve's factor.</summary>
    public double A { get; }

    /// <summary>The curve's exponent (negative: resistance falls as gas rises).</summary>
    public double B { get; }

    /// <summary>The gas's concentration in the clean air of a calibration, ppm.</summary>
    public double CleanAirPpm { get; }

    /// <summary>Concentration for a resistance ratio Rs/R0, ppm.</summary>
    public double Ppm(double ratio) => A * Logarithm.Power(ratio, B);

    /// <summary>Rs/R0 in clean air: the ratio whose concentration is <see cref="CleanAirPpm"/>.</summary>
    public double CleanAirRatio => Logarithm.Power(CleanAirPpm / A, 1 / B);
}
