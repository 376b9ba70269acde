namespace Waste.Forecasting;

/// <summary>Hours of the week in the city's local time, 0 = Monday 00:00-01:00. Waste follows local life: markets at
/// dawn, offices on weekdays; Vietnam is UTC+7 all year.</summary>
public static class HourOfWeek
{
    /// <summary>Hours in a week.</summary>
    public const int Count = 168;

    /// <summary>The hour of the week of <paramref name="time"/> at <paramref name="utcOffset"/>.</summary>
    public static int Of(DateTimeOffset time, TimeSpan utcOffset)
    {
        var local = time.ToOffset(utcOffset);
        var day = ((int)local.DayOfWeek + 6) % 7;
        return day * 24 + local.Hour;
    }
}
