using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>Event times (UTC) seen as Binh Duong's local time: every model's hours are local hours.</summary>
public static class LocalTime
{
    /// <summary>The local time of <paramref name="utc"/>.</summary>
    public static DateTimeOffset Of(DateTimeOffset utc) => utc.ToOffset(BinhDuong.UtcOffset);

    /// <summary>The local day of <paramref name="utc"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset utc) => DateOnly.FromDateTime(Of(utc).DateTime);

    /// <summary>The instant a local day starts plus <paramref name="timeOfDay"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BinhDuong.UtcOffset) + timeOfDay;
}
