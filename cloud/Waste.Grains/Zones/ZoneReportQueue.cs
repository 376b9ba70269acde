using Waste.Grains.Events;

namespace Waste.Grains.Zones;

/// <summary>
/// What a ward has not yet written to the report store: the days that changed and the collections recorded. It is
/// persisted with the ward's state, so a crash before the write only delays it; the ward writes on a timer and when
/// it deactivates, keeping the report store off the ingest path. What was written leaves the queue in memory and in
/// the next save; a crash in between writes it again, which the store takes as once.
/// </summary>
[GenerateSerializer]
public sealed class ZoneReportQueue
{
    [Id(0)] private SortedSet<DateOnly> _days = [];
    [Id(1)] private List<BinEmptied> _collections = [];

    /// <summary>Days and collections waiting.</summary>
    public int Count => _days.Count + _collections.Count;

    /// <summary>Queues a changed day.</summary>
    public void Add(DateOnly day) => _days.Add(day);

    /// <summary>Queues a collection.</summary>
    public void Add(BinEmptied collection) => _collections.Add(collection);

    /// <summary>Writes the collections, then the changed days as <paramref name="days"/> holds them now (a day no longer
    /// kept there was written long ago), leaving in the queue only what failed.</summary>
    public async Task WriteAsync(IReportStore reports, string zoneKey, IReadOnlyDictionary<DateOnly, ZoneDay> days)
    {
        if (_collections.Count > 0)
        {
            var written = _collections.Count;
            await reports.AddCollectionsAsync(zoneKey, [.. _collections], CancellationToken.None);
            _collections.RemoveRange(0, written);
        }

        foreach (var date in _days.ToList())
        {
            if (days.TryGetValue(date, out var day))
            {
                await reports.WriteDayAsync(zoneKey, day, CancellationToken.None);
            }

            _days.Remove(date);
        }
    }
}
