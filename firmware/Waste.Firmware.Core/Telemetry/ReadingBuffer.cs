using Waste.Firmware.Core.Persistence;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>
/// The offline buffer: readings waiting to be sent, oldest first, in a ring of fixed capacity. When it is full the
/// oldest reading makes room for the newest and is counted as dropped; the count goes out with the next message
/// (<c>drop</c>) and in the reported properties. A reading leaves only once the hub acknowledged the message that
/// carried it, so an upload cut halfway loses nothing. The readings are kept as records of an
/// <see cref="IReadingFormat"/> in one byte array, allocated once.
/// </summary>
public sealed class ReadingBuffer
{
    private readonly IReadingFormat _format;
    private readonly byte[] _ring;
    private readonly int _capacity;
    private int _oldest;

    /// <summary>Creates an empty buffer for <paramref name="capacity"/> readings kept as <paramref name="format"/>.</summary>
    public ReadingBuffer(int capacity, IReadingFormat format)
    {
        if (capacity < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(capacity));
        }

        _format = format;
        _capacity = capacity;
        _ring = new byte[capacity * format.RecordBytes];
    }

    /// <summary>How many readings it holds at most.</summary>
    public int Capacity => _capacity;

    /// <summary>How many readings wait.</summary>
    public int Count { get; private set; }

    /// <summary>Readings dropped since the last acknowledged message.</summary>
    public long DroppedSinceSent { get; private set; }

    /// <summary>Readings dropped since power-on.</summary>
    public long DroppedTotal { get; private set; }

    /// <summary>Bytes <see cref="WriteTo"/> writes now.</summary>
    public int StateBytes => 24 + Count * _format.RecordBytes;

    /// <summary>Adds the newest reading, dropping the oldest when full.</summary>
    public void Add(IReading reading)
    {
        if (Count == _capacity)
        {
            _oldest = (_oldest + 1) % _capacity;
            Count--;
            DroppedSinceSent++;
            DroppedTotal++;
        }

        _format.Write(reading, _ring, Slot(Count));
        Count++;
    }

    /// <summary>The <paramref name="index"/>-th waiting reading, 0 being the oldest, read from its record.</summary>
    public IReading At(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(index));
        }

        return _format.Read(_ring, Slot(index));
    }

    /// <summary>Removes the <paramref name="count"/> oldest readings: the hub acknowledged them, and with them the
    /// drop count that message carried.</summary>
    public void Acknowledge(int count)
    {
        if (count < 0 || count > Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(count));
        }

        _oldest = (_oldest + count) % _capacity;
        Count -= count;
        DroppedSinceSent = 0;
    }

    /// <summary>Writes the counts and the waiting records, oldest first, for the wake state.</summary>
    public void WriteTo(ByteWriter writer)
    {
        writer.Int64(Count).Int64(DroppedSinceSent).Int64(DroppedTotal);
        var first = Count < _capacity - _oldest ? Count : _capacity - _oldest;
        writer.Bytes(_ring, Slot(0), first * _format.RecordBytes);
        writer.Bytes(_ring, 0, (Count - first) * _format.RecordBytes);
    }

    /// <summary>Reads back what <see cref="WriteTo"/> wrote into this empty buffer; false, and the buffer left
    /// empty, when the record is garbled.</summary>
    public bool ReadFrom(ByteReader reader)
    {
        var count = reader.Int64();
        var droppedSinceSent = reader.Int64();
        var droppedTotal = reader.Int64();
        if (reader.Failed || count < 0 || count > _capacity || droppedSinceSent < 0 || droppedTotal < droppedSinceSent
            || !reader.Bytes(_ring, 0, (int)count * _format.RecordBytes))
        {
            return false;
        }

        _oldest = 0;
        Count = (int)count;
        DroppedSinceSent = droppedSinceSent;
        DroppedTotal = droppedTotal;
        return true;
    }

    private int Slot(int index) => (_oldest + index) % _capacity * _format.RecordBytes;
}
