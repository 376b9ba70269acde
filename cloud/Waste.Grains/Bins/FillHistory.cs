namespace Waste.Grains.Bins;

/// <summary>
/// A bin's recent fill at 15-minute resolution, 30 days of it in 2,880 bytes: one byte a slot holding the fill in
/// half-percent steps (255 when there was no reading). The last reading in a slot wins.
/// </summary>
[GenerateSerializer]
public sealed class FillHistory
{
    /// <summary>How long one slot lasts.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(15);

    /// <summary>Slots kept: 30 days.</summary>
    public const int Slots = 30 * 24 * 4;

    private const byte Empty = 255;

    [Id(0)] private byte[] _fill = NewSlots();

    /// <summary>The slot number (since the Unix epoch) of the newest slot written; -1 before any.</summary>
    [Id(1)] private long _newestSlot = -1;

    /// <summary>Records a fill at a time; a time older than the kept window is ignored.</summary>
    public void Record(DateTimeOffset time, double fillPercent)
    {
        var slot = SlotOf(time);
        if (_newestSlot >= 0 && slot <= _newestSlot - Slots)
        {
            return;
        }

        if (slot > _newestSlot)
        {
            for (var cleared = Math.Max(_newestSlot + 1, slot - Slots + 1); cleared < slot; cleared++)
            {
                _fill[Index(cleared)] = Empty;
            }

            _newestSlot = slot;
        }

        _fill[Index(slot)] = (byte)Math.Round(Math.Clamp(fillPercent, 0, 100) * 2);
    }

    /// <summary>The recorded fills between two times, oldest first, each at its slot's start.</summary>
    public IReadOnlyList<(DateTimeOffset Time, double FillPercent)> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var points = new List<(DateTimeOffset, double)>();
        if (_newestSlot < 0)
        {
            return points;
        }

        var first = Math.Max(SlotOf(from), _newestSlot - Slots + 1);
        var last = Math.Min(SlotOf(to), _newestSlot);
        for (var slot = first; slot <= last; slot++)
        {
            var value = _fill[Index(slot)];
            if (value != Empty)
            {
                points.Add((DateTimeOffset.FromUnixTimeSeconds(slot * (long)Resolution.TotalSeconds), value / 2.0));
            }
        }

        return points;
    }

    private static long SlotOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Resolution.TotalSeconds;

    private static int Index(long slot) => (int)(slot % Slots);

    private static byte[] NewSlots()
    {
        var slots = new byte[Slots];
        Array.Fill(slots, Empty);
        return slots;
    }
}
