namespace Waste.Grains;

/// <summary>
/// Which sequence numbers a device has already delivered: the highest one, plus a bitmap of the 64 below it so a
/// reading that arrives late but within the window is still accepted once. Devices resend freely (at-least-once), so
/// this is what makes "published twice, counted once" true. Numbers older than the window cannot be told from
/// duplicates and are refused as too old. Numbers more than <see cref="MaxAhead"/> above the highest are not taken at
/// once (<see cref="SequenceVerdict.Ahead"/>): one such number would otherwise move the window so far that every
/// later reading of the device were too old.
/// </summary>
[GenerateSerializer]
public sealed class SequenceWindow
{
    /// <summary>How many numbers below the highest are remembered.</summary>
    public const int Width = 64;

    /// <summary>How far above the highest a number may be and still be taken at once. A device's numbers jump by less
    /// than 256 after a reboot (docs/device-protocol.md); a larger jump, after a full offline buffer dropped readings,
    /// is taken once the device's next reading follows it (<see cref="Devices.ReadingIntake"/>).</summary>
    public const long MaxAhead = 1024;

    /// <summary>The highest sequence number accepted, or -1 before the first.</summary>
    [Id(0)] public long Highest { get; private set; } = -1;

    /// <summary>Bit i set: <see cref="Highest"/> - 1 - i was accepted.</summary>
    [Id(1)] public ulong Below { get; private set; }

    /// <summary>Checks <paramref name="sequence"/> without recording it.</summary>
    public SequenceVerdict Check(long sequence)
    {
        if (sequence > Highest)
        {
            // Both are at least -1 and the sequence is above the highest, so the difference cannot overflow.
            return Highest >= 0 && sequence - Highest > MaxAhead ? SequenceVerdict.Ahead : SequenceVerdict.New;
        }

        if (sequence == Highest)
        {
            return SequenceVerdict.Duplicate;
        }

        var distance = Highest - sequence;
        if (distance > Width)
        {
            return SequenceVerdict.TooOld;
        }

        return (Below & (1UL << (int)(distance - 1))) != 0 ? SequenceVerdict.Duplicate : SequenceVerdict.New;
    }

    /// <summary>Records <paramref name="sequence"/> as accepted; call only after <see cref="Check"/> said new.</summary>
    public void Record(long sequence)
    {
        if (sequence > Highest)
        {
            var shift = sequence - Highest;
            Below = Highest < 0 ? 0 : shift > Width ? 0 : ((Below << 1) | 1UL) << (int)(shift - 1);
            Highest = sequence;
        }
        else
        {
            Below |= 1UL << (int)(Highest - sequence - 1);
        }
    }
}

/// <summary>What the window says of a sequence number.</summary>
public enum SequenceVerdict
{
    /// <summary>Not seen before: accept it.</summary>
    New,

    /// <summary>Already accepted.</summary>
    Duplicate,

    /// <summary>Below the window: cannot tell, refuse.</summary>
    TooOld,

    /// <summary>More than <see cref="SequenceWindow.MaxAhead"/> above the highest: hold it until the device's next
    /// reading says whether the device really moved there.</summary>
    Ahead,
}
