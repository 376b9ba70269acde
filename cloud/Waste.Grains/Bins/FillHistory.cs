namespace Waste.Grains.Bins;

/// <summary>
/// A bin's recent fill in two round-robin archives, as RRDtool and Graphite keep metrics: the last 7 days at 15-minute
/// resolution and 30 days hourly, 1,392 bytes in all (one archive of 30 days at 15 minutes would take 2,880, and every
/// byte is held by each active bin and written with each reading). Each reading goes into both; a range is read from
/// the fine archive where it reaches and from the hourly one before.
/// </summary>
[GenerateSerializer]
public sealed class FillHistory
{
    /// <summary>Resolution of the last week.</summary>
    public static readonly TimeSpan FineResolution = TimeSpan.FromMinutes(15);

    /// <summary>How far back the fine archive reaches.</summary>
    public static readonly TimeSpan FineSpan = TimeSpan.FromDays(7);

    /// <summary>Resolution before the last week.</summary>
    public static readonly TimeSpan CoarseResolution = TimeSpan.FromHours(1);

    /// <summary>How far back the history reaches.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(30);

    // Ids 0 and 1 held the earlier single 30-day archive: new ids let a state written by it load (its history is
    // skipped and starts again) instead of failing to deserialize.
    [Id(2)] private SlotRing _fine = new(FineResolution, FineSpan);
    [Id(3)] private SlotRing _coarse = new(CoarseResolution, Span);

    /// <summary>Records a fill at a time; a time older than 30 days before the newest is ignored.</summary>
    public void Record(DateTimeOffset time, double fillPercent)
    {
        _fine.Record(time, fillPercent);
        _coarse.Record(time, fillPercent);
    }

    /// <summary>The recorded fills from <paramref name="from"/> to <paramref name="to"/>, oldest first, each at the
    /// start of its slot: hourly before the fine archive's first whole hour, every 15 minutes from there.</summary>
    public IReadOnlyList<(DateTimeOffset Time, double FillPercent)> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var points = new List<(DateTimeOffset, double)>();
        var end = to + TimeSpan.FromTicks(1);
        if (_fine.WindowStart is not { } fineStart)
        {
            return points;
        }

        // The fine archive takes over at a whole hour, so no hour is shown at both resolutions.
        var handover = fineStart.AddTicks(-1).AddHours(1);
        handover = handover.AddTicks(-(handover.UtcTicks % TimeSpan.TicksPerHour));
        if (from < handover)
        {
            _coarse.AddBetween(from, end < handover ? end : handover, points);
        }

        _fine.AddBetween(from > handover ? from : handover, end, points);
        return points;
    }
}
