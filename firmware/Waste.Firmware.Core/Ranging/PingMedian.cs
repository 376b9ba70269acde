namespace Waste.Firmware.Core.Ranging;

/// <summary>
/// The median of a burst of ultrasonic pings. One ping can hit a fly, a bag's edge or the bin wall; the median of
/// several ignores such outliers where an average would not.
/// </summary>
public static class PingMedian
{
    /// <summary>Marks a ping that returned no echo; it is left out of the median.</summary>
    public const long NoEcho = -1;

    /// <summary>
    /// Median of the valid echo times in <paramref name="echoMicroseconds"/> (values &lt;= 0 are missing echoes), or
    /// <see cref="NoEcho"/> when fewer than <paramref name="minimumValid"/> pings returned. An even count takes the
    /// mean of the two middle values.
    /// </summary>
    public static long Of(long[] echoMicroseconds, int minimumValid)
    {
        var valid = new long[echoMicroseconds.Length];
        var count = 0;
        for (var i = 0; i < echoMicroseconds.Length; i++)
        {
            if (echoMicroseconds[i] > 0)
            {
                valid[count++] = echoMicroseconds[i];
            }
        }

        if (count == 0 || count < minimumValid)
        {
            return NoEcho;
        }

        InsertionSort(valid, count);
        var middle = count / 2;
        return count % 2 == 1 ? valid[middle] : (valid[middle - 1] + valid[middle]) / 2;
    }

    // A burst is a handful of pings: insertion sort is the smallest correct code, and mscorlib has no Array.Sort.
    private static void InsertionSort(long[] values, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var value = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
        }
    }
}
