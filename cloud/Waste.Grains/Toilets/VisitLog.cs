namespace Waste.Grains.Toilets;

/// <summary>A toilet's visits counted by hour (last 7 days) and by local day (last 90 days).</summary>
[GenerateSerializer]
public sealed class VisitLog
{
    /// <summary>Hours of hourly counts kept.</summary>
    public const int HoursKept = 7 * 24;

    /// <summary>Days of daily counts kept.</summary>
    public const int DaysKept = 90;

    [Id(0)] private SortedDictionary<long, int> _byHour = [];
    [Id(1)] private SortedDictionary<DateOnly, int> _byDay = [];

    /// <summary>Counts <paramref name="visits"/> at <paramref name="time"/> on local day <paramref name="day"/>.</summary>
    public void Add(DateTimeOffset time, DateOnly day, int visits)
    {
        if (visits <= 0)
        {
            return;
        }

        var hour = time.ToUnixTimeSeconds() / 3600;
        _byHour[hour] = _byHour.GetValueOrDefault(hour) + visits;
        _byDay[day] = _byDay.GetValueOrDefault(day) + visits;
        while (_byHour.Count > 0 && _byHour.First().Key <= hour - HoursKept)
        {
            _byHour.Remove(_byHour.First().Key);
        }

        while (_byDay.Count > DaysKept)
        {
            _byDay.Remove(_byDay.First().Key);
        }
    }

    /// <summary>Visits in each hour from <paramref name="from"/> to <paramref name="to"/>, hours without visits included.</summary>
    public IReadOnlyList<(DateTimeOffset Hour, int Visits)> Hourly(DateTimeOffset from, DateTimeOffset to)
    {
        var hours = new List<(DateTimeOffset, int)>();
        for (var hour = from.ToUnixTimeSeconds() / 3600; hour <= to.ToUnixTimeSeconds() / 3600; hour++)
        {
            hours.Add((DateTimeOffset.FromUnixTimeSeconds(hour * 3600), _byHour.GetValueOrDefault(hour)));
        }

        return hours;
    }

    /// <summary>Visits by local day, oldest first.</summary>
    public IReadOnlyList<(DateOnly Day, int Visits)> Daily() => [.. _byDay.Select(d => (d.Key, d.Value))];
}
