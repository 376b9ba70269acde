namespace Waste.Simulation.Calibration;

/// <summary>
/// The cycles of a collection log: each site's events in time order, each pair of successive emptyings one cycle.
/// A site's first event starts its first cycle and is not one; two emptyings at the same instant, and a gap longer
/// than <see cref="MaxGap"/> (more likely a missing record or a bin out of use than one cycle of waste), are refused
/// and counted. Also tells each site's capacity where the log gives volumes (collected litres / fill).
/// </summary>
public sealed record FillCycles(
    IReadOnlyList<FillCycle> Cycles,
    int Sites,
    int Events,
    int RejectedRows,
    int SameInstant,
    int LongGaps,
    IReadOnlyDictionary<long, double> CapacityLitres)
{
    /// <summary>The longest gap taken as one cycle: 14 days, past the data's 99th percentile (9 days).</summary>
    public static readonly TimeSpan MaxGap = TimeSpan.FromDays(14);

    /// <summary>Fills below this are too small to tell a capacity from (volume / fill).</summary>
    private const double CapacityFromFillAbove = 10;

    /// <summary>The cycles of <paramref name="log"/>, in <paramref name="timeZone"/>'s days.</summary>
    public static FillCycles Of(CollectionLog log, TimeZoneInfo timeZone)
    {
        var cycles = new List<FillCycle>();
        var capacities = new Dictionary<long, double>();
        int sameInstant = 0, longGaps = 0, sites = 0;
        foreach (var site in log.Events.GroupBy(e => e.SiteId).OrderBy(g => g.Key))
        {
            sites++;
            var events = site.OrderBy(e => e.CollectedAt).ToList();
            for (var i = 1; i < events.Count; i++)
            {
                var gap = events[i].CollectedAt - events[i - 1].CollectedAt;
                if (gap <= TimeSpan.Zero)
                {
                    sameInstant++;
                }
                else if (gap > MaxGap)
                {
                    longGaps++;
                }
                else
                {
                    cycles.Add(new FillCycle(site.Key, events[i - 1].CollectedAt, events[i].CollectedAt, events[i].FillBeforePercent, HoursByDay(events[i - 1].CollectedAt, events[i].CollectedAt, timeZone)));
                }
            }

            var sizes = events.Where(e => e.VolumeLitres is not null && e.FillBeforePercent >= CapacityFromFillAbove)
                .Select(e => e.VolumeLitres!.Value * 100 / e.FillBeforePercent).Order().ToList();
            if (sizes.Count > 0)
            {
                capacities[site.Key] = Math.Round(sizes[sizes.Count / 2]);
            }
        }

        return new FillCycles(cycles, sites, log.Events.Count, log.RejectedRows, sameInstant, longGaps, capacities);
    }

    /// <summary>Cycles whose fill is at the cap.</summary>
    public int Censored => Cycles.Count(c => c.Censored);

    private static double[] HoursByDay(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo timeZone)
    {
        var hours = new double[7];
        var t = start;
        while (t < end)
        {
            var local = TimeZoneInfo.ConvertTime(t, timeZone);
            var nextMidnight = local.Date.AddDays(1);
            var boundary = new DateTimeOffset(nextMidnight, timeZone.GetUtcOffset(nextMidnight));
            var until = boundary < end ? boundary : end;
            hours[(int)local.DayOfWeek] += (until - t).TotalHours;
            t = until;
        }

        return hours;
    }
}
