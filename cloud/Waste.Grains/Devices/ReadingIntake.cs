using Waste.Telemetry;

namespace Waste.Grains.Devices;

/// <summary>
/// Which readings of a message a device grain takes: valid ones (<see cref="ReadingValidator"/>) it has not taken
/// before (<see cref="SequenceWindow"/>), in time order. A reading far ahead of the window is held, not taken: if the
/// device's next reading follows it, the device really jumped (its offline buffer dropped readings) and the window
/// restarts there with both taken; if the next reading follows the window instead, the held one was an outlier and is
/// refused (<see cref="RejectionReason.SequenceJump"/>). So one wild number cannot silence a device. An administrator
/// restarts the window of a device whose numbers went back (a wiped or replaced device) through the registry
/// (<see cref="Registry.RegisteredDevice.SequenceResets"/>). Keeps the device's counts, its latest reading, and how
/// many readings were too old, so a device whose numbers went back shows.
/// </summary>
[GenerateSerializer]
public sealed class ReadingIntake
{
    /// <summary>Sequence numbers already taken.</summary>
    [Id(0)] public SequenceWindow Sequences { get; set; } = new();

    /// <summary>The most recent reading by reading time.</summary>
    [Id(1)] public DeviceReading? Latest { get; set; }

    /// <summary>Readings taken since the device was first seen.</summary>
    [Id(2)] public long Stored { get; set; }

    /// <summary>Readings refused since the device was first seen.</summary>
    [Id(3)] public long Rejected { get; set; }

    /// <summary>When the hub last received a message from the device.</summary>
    [Id(4)] public DateTimeOffset? LastMessageAt { get; set; }

    /// <summary>A reading far ahead of the window, waiting for the next reading to confirm or refute it.</summary>
    [Id(5)] public DeviceReading? Held { get; set; }

    /// <summary>Readings refused as older than the window, since the device was first seen.</summary>
    [Id(6)] public long TooOld { get; set; }

    /// <summary>When a reading was last refused as too old.</summary>
    [Id(7)] public DateTimeOffset? LastTooOldAt { get; set; }

    /// <summary>Held readings refused because the device's next reading did not follow them.</summary>
    [Id(8)] public long Jumps { get; set; }

    /// <summary>The registry's count of window resets this intake has applied.</summary>
    [Id(9)] public int ResetsApplied { get; set; }

    /// <summary>Takes what is new and valid in <paramref name="message"/> at <paramref name="now"/>, after restarting
    /// the window if the registry counts more resets (<paramref name="resets"/>) than applied: the readings taken,
    /// oldest first, and the outcome to report.</summary>
    public (IReadOnlyList<DeviceReading> Taken, IngestOutcome Outcome) Take(TelemetryMessage message, DateTimeOffset now, int resets)
    {
        if (resets != ResetsApplied)
        {
            Sequences = new();
            Held = null;
            ResetsApplied = resets;
        }

        var taken = new List<DeviceReading>();
        var rejected = new List<RejectedReading>();
        var heldBefore = Held;
        foreach (var reading in message.Readings)
        {
            if (ReadingValidator.Check(reading, now) is { } invalid)
            {
                rejected.Add(new RejectedReading(reading.Sequence, invalid));
                continue;
            }

            switch (Sequences.Check(reading.Sequence))
            {
                case SequenceVerdict.New:
                    DropHeld(rejected);
                    Accept(reading, taken);
                    break;
                case SequenceVerdict.Ahead:
                    Hold(reading, taken, rejected);
                    break;
                case SequenceVerdict.Duplicate:
                    rejected.Add(new RejectedReading(reading.Sequence, RejectionReason.Duplicate));
                    break;
                default:
                    rejected.Add(new RejectedReading(reading.Sequence, RejectionReason.TooOld));
                    TooOld++;
                    LastTooOldAt = now;
                    break;
            }
        }

        Stored += taken.Count;
        Rejected += rejected.Count;
        LastMessageAt = message.ReceivedAt;
        taken.Sort((a, b) => a.Time.CompareTo(b.Time));
        var held = Held is not null && !ReferenceEquals(Held, heldBefore) ? 1 : 0;
        return (taken, new IngestOutcome { Accepted = taken.Count, Rejected = rejected, Held = held });
    }

    /// <summary>What an administrator and the API see of the window.</summary>
    public SequenceStatus Status(int resets) => new()
    {
        Highest = Sequences.Highest,
        HeldSequence = Held?.Sequence,
        TooOld = TooOld,
        LastTooOldAt = LastTooOldAt,
        Jumps = Jumps,
        ResetPending = resets != ResetsApplied,
    };

    private void Accept(DeviceReading reading, List<DeviceReading> taken)
    {
        Sequences.Record(reading.Sequence);
        taken.Add(reading);
        if (Latest is null || reading.Time >= Latest.Time)
        {
            Latest = reading;
        }
    }

    // A reading far ahead: the one that confirms the held reading restarts the window at it; any other replaces it.
    private void Hold(DeviceReading reading, List<DeviceReading> taken, List<RejectedReading> rejected)
    {
        if (Held is { } held && reading.Sequence == held.Sequence)
        {
            rejected.Add(new RejectedReading(reading.Sequence, RejectionReason.Duplicate));
            return;
        }

        if (Held is { } first && reading.Sequence > first.Sequence && reading.Sequence - first.Sequence <= SequenceWindow.MaxAhead)
        {
            Sequences = new();
            Held = null;
            Accept(first, taken);
            Accept(reading, taken);
            return;
        }

        DropHeld(rejected);
        Held = reading;
    }

    private void DropHeld(List<RejectedReading> rejected)
    {
        if (Held is { } held)
        {
            rejected.Add(new RejectedReading(held.Sequence, RejectionReason.SequenceJump));
            Jumps++;
            Held = null;
        }
    }
}
