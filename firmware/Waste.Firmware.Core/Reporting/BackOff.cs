namespace Waste.Firmware.Core.Reporting;

/// <summary>How long to wait before trying again after failures in a row: the first delay, doubling with each
/// further failure, never more than the longest.</summary>
public static class BackOff
{
    /// <summary>The delay after <paramref name="failures"/> failures in a row (1 or more), seconds.</summary>
    public static long Seconds(long failures, long firstSeconds, long longestSeconds)
    {
        var wait = firstSeconds;
        for (var i = 1; i < failures && wait < longestSeconds; i++)
        {
            wait *= 2;
        }

        return wait < longestSeconds ? wait : longestSeconds;
    }
}
