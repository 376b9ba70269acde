using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>
/// The offline buffer: readings waiting to be sent, oldest first, in a ring of fixed capacity. When it is full the
/// oldest reading makes room for the newest and is counted as dropped; the count goes out with the next message
/// (<c>drop</c>) and in the reported properties. A reading leaves only once the hub acknowledged the message that
/// carried it, so an upload cut halfway loses nothing.
/// </summary>
public sealed class ReadingBuffer
{
    private readonly IReading[] _ring;
    private int _oldest;

    /// <summary>Creates an empty buffer for <paramref name="capacity"/> readings.</summary>
    public ReadingBuffer(int capacity)
    {
        if (capacity < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(capacity));
        }

        _ring = new IReading[capacity];
    }

    /// <summary>How many readings it holds at most.</summary>
    public int Capacity => _ring.Length;

    /// <summary>How many readings wait.</summary>
    public int Count { get; private set; }

    /// <summary>Readings dropped since the last acknowledged message.</summary>
    public long DroppedSinceSent { get; private set; }

    /// <summary>Readings dropped since power-on.</summary>
    public long DroppedTotal { get; private set; }

    /// <summary>Adds the newest reading, dropping the oldest when full.</summary>
    public void Add(IReading reading)
    {
        if (Count == _ring.Length)
        {
            _oldest = (_oldest + 1) % _ring.Length;
            Count--;
            DroppedSinceSent++;
            DroppedTotal++;
        }

        _ring[(_oldest + Count) % _ring.Length] = reading;
        Count++;
    }

    /// <summary>The <paramref name="index"/>-th waiting reading, 0 being the oldest.</summary>
    public IReading At(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(index));
        }

        return _ring[(_oldest + index) % _ring.Length];
    }

    /// <summary>Removes the <paramref name="count"/> oldest readings: the hub acknowledged them, and with them the
    /// drop count that message carried.</summary>
    public void Acknowledge(int count)
    {
        if (count < 0 || count > Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(count));
        }

        for (var i = 0; i < count; i++)
        {
            _ring[(_oldest + i) % _ring.Length] = null!;
        }

        _oldest = (_oldest + count) % _ring.Length;
        Count -= count;
        DroppedSinceSent = 0;
    }

    /// <summary>Writes the waiting readings and counts, for RTC memory.</summary>
    public void WriteTo(ByteWriter writer)
    {
        writer.Int64(Count).Int64(DroppedSinceSent).Int64(DroppedTotal);
        for (var i = 0; i < Count; i++)
        {
            var reading = At(i);
            writer.Int64(reading.Sequence).Int64(reading.Time).String(ReadingFields.Of(reading));
        }
    }

    /// <summary>Reads back what <see cref="WriteTo"/> wrote into this empty buffer; false, and the buffer left
    /// empty, when the record is garbled.</summary>
    public bool ReadFrom(ByteReader reader)
    {
        var count = reader.Int64();
        var droppedSinceSent = reader.Int64();
        var droppedTotal = reader.Int64();
        if (reader.Failed || count < 0 || count > _ring.Length || droppedSinceSent < 0 || droppedTotal < droppedSinceSent)
        {
            return false;
        }

        var restored = new IReading[count];
        for (var i = 0; i < count; i++)
        {
            restored[i] = new StoredReading(reader.Int64(), reader.Int64(), reader.String());
        }

        if (reader.Failed)
        {
            return false;
        }

        for (var i = 0; i < restored.Length; i++)
        {
            Add(restored[i]);
        }

        DroppedSinceSent = droppedSinceSent;
        DroppedTotal = droppedTotal;
        return true;
    }
}
