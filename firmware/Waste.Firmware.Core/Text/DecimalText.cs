namespace Waste.Firmware.Core.Text;

/// <summary>
/// Writes a number with a fixed number of decimals using integer arithmetic only: the result is the same on the
/// device and on the host whatever the culture, and needs no Math.Round, which nanoFramework's mscorlib lacks.
/// </summary>
public static class DecimalText
{
    /// <summary>The most decimals <see cref="Format"/> accepts.</summary>
    public const int MaxDecimals = 9;

    /// <summary>
    /// Magnitudes from this one up have no text here: the scaled value must stay below 2^63 (9.22e18) with its
    /// rounding half, and an out-of-range cast to long gives a different wrong number on each runtime (the host
    /// saturates, nanoFramework wraps).
    /// </summary>
    public const double MaxMagnitude = 9e18;

    // Places are added while the scaled value stays under 10^17: 17 significant digits, the most a double holds.
    private const double MostSignificant = 1e17;

    /// <summary>True when <see cref="Format"/> writes <paramref name="value"/>: finite and below
    /// <see cref="MaxMagnitude"/>.</summary>
    public static bool CanFormat(double value) => value > -MaxMagnitude && value < MaxMagnitude;

    /// <summary>
    /// <paramref name="value"/> × 10^<paramref name="decimals"/> rounded half away from zero, as <see cref="Format"/>
    /// rounds it: the whole number a compact record keeps for a value written with that many places. Refused where
    /// the product is not finite or reaches <see cref="MaxMagnitude"/>.
    /// </summary>
    public static long Round(double value, int decimals)
    {
        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new System.ArgumentOutOfRangeException(nameof(decimals));
        }

        long scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var negative = value < 0;
        var magnitude = (negative ? -value : value) * scale;
        if (!(magnitude < MaxMagnitude))
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), "no whole number of that many places");
        }

        var rounded = (long)(magnitude + 0.5);
        return negative ? -rounded : rounded;
    }

    /// <summary>
    /// <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> places, with trailing
    /// zeros of the fraction left out ("63.5", "2", "-0.25"). Places beyond the 17th significant digit are left out
    /// (1e15 to 9 places is "1000000000000000"): a double holds no more, and the scaled long cannot overflow. NaN,
    /// infinities and magnitudes of <see cref="MaxMagnitude"/> or more are refused (<see cref="CanFormat"/>): the
    /// caller decides what to write.
    /// </summary>
    public static string Format(double value, int decimals)
    {
        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new System.ArgumentOutOfRangeException(nameof(decimals));
        }

        if (!CanFormat(value))
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), "NaN, infinities and magnitudes from 9e18 up have no decimal form here");
        }

        var negative = value < 0;
        var magnitude = negative ? -value : value;
        long scale = 1;
        var places = 0;
        while (places < decimals && magnitude * scale * 10 < MostSignificant)
        {
            scale *= 10;
            places++;
        }

        var scaled = (long)(magnitude * scale + 0.5);
        var whole = scaled / scale;
        var fraction = scaled % scale;

        var text = negative && scaled != 0 ? "-" + whole.ToString() : whole.ToString();
        if (fraction == 0)
        {
            return text;
        }

        var digits = fraction.ToString().PadLeft(places, '0');
        var end = digits.Length;
        while (end > 0 && digits[end - 1] == '0')
        {
            end--;
        }

        return text + "." + digits.Substring(0, end);
    }
}
