namespace Waste.Firmware.Core.Numbers;

/// <summary>Natural logarithm and exponential: nanoFramework's mscorlib has no Math. Gas sensor curves are power laws
/// (ppm = a·(Rs/R0)^b), which need both.</summary>
public static class Logarithm
{
    /// <summary>ln 2.</summary>
    public const double Ln2 = 0.69314718055994530942;

    /// <summary>ln <paramref name="value"/>; NaN for a value that is negative or NaN, negative infinity for 0.</summary>
    public static double Natural(double value)
    {
        if (double.IsNaN(value) || value < 0)
        {
            return double.NaN;
        }

        if (value == 0)
        {
            return double.NegativeInfinity;
        }

        if (double.IsPositiveInfinity(value))
        {
            return value;
        }

        // value = m·2^k with m in [1, 2); ln m = 2·atanh((m-1)/(m+1)), whose series converges fast there.
        var exponent = 0;
        var mantissa = value;
        while (mantissa >= 2)
        {
            mantissa /= 2;
            exponent++;
        }

        while (mantissa < 1)
        {
            mantissa *= 2;
            exponent--;
        }

        var z = (mantissa - 1) / (mantissa + 1);
        var zSquared = z * z;
        var term = z;
        var sum = 0.0;
        for (var n = 1; n < 60; n += 2)
        {
            var next = sum + term / n;
            if (next == sum)
            {
                break;
            }

            sum = next;
            term *= zSquared;
        }

        return 2 * sum + exponent * Ln2;
    }

    /// <summary>e^<paramref name="value"/>; 0 far below and infinity far above the double range.</summary>
    public static double Exp(double value)
    {
        if (double.IsNaN(value))
        {
            return double.NaN;
        }

        if (value > 709.8)
        {
            return double.PositiveInfinity;
        }

        if (value < -745)
        {
            return 0;
        }

        // e^x = 2^k·e^r with |r| <= ln2/2: the Taylor series of e^r then needs about 20 terms.
        var k = (long)(value / Ln2 + (value < 0 ? -0.5 : 0.5));
        var r = value - k * Ln2;
        var sum = 1.0;
        var term = 1.0;
        for (var n = 1; n < 40; n++)
        {
            term *= r / n;
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        for (; k > 0; k--)
        {
            sum *= 2;
        }

        for (; k < 0; k++)
        {
            sum /= 2;
        }

        return sum;
    }

    /// <summary><paramref name="value"/> to the power <paramref name="exponent"/> for a positive value; NaN otherwise.</summary>
    public static double Power(double value, double exponent) =>
        value > 0 ? Exp(exponent * Natural(value)) : double.NaN;
}
