namespace Waste.Firmware.Core.Persistence;

/// <summary>
/// The per-device reading sequence number (docs/device-protocol.md: increasing by one, never reused). The exact next
/// number lives in RTC memory with the rest of the wake state and survives deep sleep; flash holds a ceiling reserved
/// ahead in blocks, so flash is written once per <see cref="BlockSize"/> readings, and after a power loss or a
/// reboot the count resumes at the ceiling: a gap of less than one block, never a number used twice.
/// </summary>
public sealed class SequenceCounter
{
    /// <summary>Numbers reserved per flash write: 256 is about five days of a bin at 30-minute sampling, and a
    /// toilet's four hours at one minute, so flash sees a few hundred writes a year.</summary>
    public const long BlockSize = 256;

    private readonly IByteStore _flash;
    private long _reservedUpTo;

    /// <summary>Creates the counter from flash after a cold boot: it starts at the last reserved ceiling.</summary>
    public SequenceCounter(IByteStore flash)
    {
        _flash = flash;
        var reader = new ByteReader(flash.Load());
        var ceiling = reader.Int64();
        _reservedUpTo = reader.EndedCleanly && ceiling > 0 ? ceiling : 0;
        Next = _reservedUpTo;
    }

    /// <summary>The number the next reading gets.</summary>
    public long Next { get; private set; }

    /// <summary>Continues from the exact number that RTC memory kept through deep sleep, when it is inside the
    /// reserved block (a value outside it is stale or garbled and is ignored).</summary>
    public void Resume(long next)
    {
        if (next >= _reservedUpTo - BlockSize && next <= _reservedUpTo)
        {
            Next = next;
        }
    }

    /// <summary>Takes the next number, reserving a new block in flash first when the current one is used up.</summary>
    public long Take()
    {
        if (Next >= _reservedUpTo)
        {
            _reservedUpTo = Next + BlockSize;
            _flash.Save(new ByteWriter().Int64(_reservedUpTo).ToArray());
        }

        return Next++;
    }
}
