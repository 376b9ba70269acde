using Waste.Grains.Zones;

namespace Waste.Reports.Wards;

/// <summary>
/// Merges two views of one ward's day. Every total of a day only grows (litres, hours, visits, counts), and the ward
/// counts each event once, so the larger of two values is the later one: the merge takes each total's maximum, and a
/// stale or repeated write never lowers what is stored.
/// </summary>
public static class ZoneDayMerge
{
    /// <summary>Each total of <paramref name="incoming"/> and <paramref name="stored"/>, the larger.</summary>
    public static ZoneDay Max(ZoneDay? stored, ZoneDay incoming) => stored is null ? incoming : new ZoneDay
    {
        Date = incoming.Date,
        CollectedLitres = Max(stored.CollectedLitres, incoming.CollectedLitres),
        CollectedKilograms = Max(stored.CollectedKilograms, incoming.CollectedKilograms),
        Collections = Max(stored.Collections, incoming.Collections),
        OverflowBinHours = Math.Max(stored.OverflowBinHours, incoming.OverflowBinHours),
        ToiletAvailableHours = Math.Max(stored.ToiletAvailableHours, incoming.ToiletAvailableHours),
        ToiletUnavailableHours = Math.Max(stored.ToiletUnavailableHours, incoming.ToiletUnavailableHours),
        ToiletVisits = Math.Max(stored.ToiletVisits, incoming.ToiletVisits),
        FaultsRaised = Max(stored.FaultsRaised, incoming.FaultsRaised),
    };

    /// <summary>Two lists of a ward's days as one, a day in both merged with <see cref="Max(ZoneDay?, ZoneDay)"/>,
    /// oldest first.</summary>
    public static IReadOnlyList<ZoneDay> Max(IEnumerable<ZoneDay> stored, IEnumerable<ZoneDay> incoming)
    {
        var days = stored.ToDictionary(d => d.Date);
        foreach (var day in incoming)
        {
            days[day.Date] = Max(days.GetValueOrDefault(day.Date), day);
        }

        return [.. days.Values.OrderBy(d => d.Date)];
    }

    private static Dictionary<TKey, TValue> Max<TKey, TValue>(Dictionary<TKey, TValue> stored, Dictionary<TKey, TValue> incoming)
        where TKey : notnull
        where TValue : IComparable<TValue>
    {
        var merged = new Dictionary<TKey, TValue>(stored);
        foreach (var (key, value) in incoming)
        {
            if (!merged.TryGetValue(key, out var other) || value.CompareTo(other) > 0)
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
