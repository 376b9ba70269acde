namespace Waste.Firmware.Core.Numbers;

/// <summary>Square root by Newton's method: nanoFramework's mscorlib has no Math.</summary>
public static class SquareRoot
{
    /// <summary>√<paramref name="value"/> to double precision; NaN for a negative value or NaN.</summary>
    public static double Of(double value)
    {
        if (double.IsNaN(value) || value < 0)
        {
            return double.NaN;
        }

        if (value == 0 || double.IsPositiveInfinity(value))
        {
            return value;
        }

        // Start above the root so the iterates fall monotonically to it; stop when they no longer fall.
        var estimate = value > 1 ? value : 1.0;
        while (true)
        {
            var next = 0.5 * (estimate + value / estimate);
            if (next >= estimate)
            {
                return estimate;
            }

            estimate = next;
        }
    }
}
