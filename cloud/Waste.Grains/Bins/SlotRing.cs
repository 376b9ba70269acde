namespace Waste.Grains.Bins;

/// <summary>
/// A round-robin archive of fill values: a fixed number of time slots of one resolution, one byte each (the fill in
/// half-percent steps, 255 for no reading). The newest slot written sets the window; older slots are overwritten as
/// time moves on. The last reading in a slot wins.
/// </summary>
[GenerateSerializer]
public sealed class SlotRing
{
    private const byte Empty = 255;

    [Id(0)] private int _secondsPerSlot;
    [Id(1)] private byte[] _slots = [];

    /// <summary>The slot number (since the Unix epoch) of the newest slot written; -1 before any.</summary>
    [Id(2)] private long _newest = -1;

    /// <summary>For serializers.</summary>
    public SlotRing()
    {
    }

    /// <summary>An empty archive of <paramref name="span"/> in slots of <paramref name="resolution"/>.</summary>
    public SlotRing(TimeSpan resolution, TimeSpan span)
    {
        _secondsPerSlot = (int)resolution.TotalSeconds;
        _slots = new byte[(int)(span / resolution)];
        Array.Fill(_slots, Empty);
    }

    /// <summary>How long one slot lasts.</summary>
    public TimeSpan Resolution => TimeSpan.FromSeconds(_secondsPerSlot);

    /// <summary>The start of the oldest slot the window keeps; null before any reading.</summary>
    public DateTimeOffset? WindowStart => _newest < 0 ? null : StartOf(_newest - _slots.Length + 1);

    /// <summary>Records a fill; a time older than the window is ignored.</summary>
    public void Record(DateTimeOffset time, double fillPercent)
    {
        var slot = SlotOf(time);
        if (_newest >= 0 && slot <= _newest - _slots.Length)
        {
            return;
        }

        if (slot > _newest)
        {
            for (var cleared = Math.Max(_newest + 1, slot - _slots.Length + 1); cleared < slot; cleared++)
            {
                _slots[Index(cleared)] = Empty;
            }

            _newest = slot;
        }

        _slots[Index(slot)] = (byte)Math.Round(Math.Clamp(fillPercent, 0, 100) * 2);
    }

    /// <summary>Adds the recorded fills of the slots that overlap [<paramref name="from"/>, <paramref name="to"/>),
    /// oldest first, each at its slot's start.</summary>
    public void AddBetween(DateTimeOffset from, DateTimeOffset to, List<(DateTimeOffset Time, double FillPercent)> points)
    {
        if (_newest < 0)
        {
            return;
        }

        var first = Math.Max(SlotOf(from), _newest - _slots.Length + 1);
        var last = Math.Min(CeilingSlotOf(to) - 1, _newest);
        for (var slot = first; slot <= last; slot++)
        {
            var value = _slots[Index(slot)];
            if (value != Empty)
            {
                points.Add((StartOf(slot), value / 2.0));
            }
        }
    }

    private long SlotOf(DateTimeOffset time) => (long)Math.Floor(time.ToUnixTimeSeconds() / (double)_secondsPerSlot);

    private long CeilingSlotOf(DateTimeOffset time)
    {
        var slot = SlotOf(time);
        return StartOf(slot) < time ? slot + 1 : slot;
    }

    private DateTimeOffset StartOf(long slot) => DateTimeOffset.FromUnixTimeSeconds(slot * _secondsPerSlot);

    private int Index(long slot) => (int)(slot % _slots.Length);
}
