namespace Waste.Firmware.Core.Text;

/// <summary>
/// Writes a number with a fixed number of decimals using integer arithmetic only: the result is the same on the
/// device and on the host whatever the culture, and needs no Math.Round, which nanoFramework's mscorlib lacks.
/// </summary>
public static class DecimalText
{
    /// <summary>The most decimals <see cref="Format"/> accepts; more would overflow the scaled long.</summary>
    public const int MaxDecimals = 9;

    /// <summary>
    /// <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> places, with trailing
    /// zeros of the fraction left out ("63.5", "2", "-0.25"). NaN and infinities have no decimal form: the caller
    /// decides what to write for them.
    /// </summary>
    public static string Format(double value, int decimals)
    {
        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new System.ArgumentOutOfRangeException(nameof(decimals));
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new System.ArgumentException("NaN and infinity have no decimal form", nameof(value));
        }

        long scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var negative = value < 0;
        var magnitude = negative ? -value : value;
        var scaled = (long)(magnitude * scale + 0.5);
        var whole = scaled / scale;
        var fraction = scaled % scale;

        var text = negative && scaled != 0 ? "-" + whole.ToString() : whole.ToString();
        if (fraction == 0)
        {
            return text;
        }

        var digits = fraction.ToString().PadLeft(decimals, '0');
        var end = digits.Length;
        while (end > 0 && digits[end - 1] == '0')
        {
            end--;
        }

        return text + "." + digits.Substring(0, end);
    }
}
