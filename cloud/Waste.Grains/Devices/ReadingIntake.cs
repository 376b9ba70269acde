using Waste.Telemetry;

namespace Waste.Grains.Devices;

/// <summary>
/// Which readings of a message a device grain takes: valid ones (<see cref="ReadingValidator"/>) it has not taken
/// before (<see cref="SequenceWindow"/>), in time order. Keeps the device's counts and its latest reading.
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

    /// <summary>Takes what is new and valid in <paramref name="message"/> at <paramref name="now"/>: the readings
    /// taken, oldest first, and the outcome to report.</summary>
    public (IReadOnlyList<DeviceReading> Taken, IngestOutcome Outcome) Take(TelemetryMessage message, DateTimeOffset now)
    {
        var taken = new List<DeviceReading>();
        var rejected = new List<RejectedReading>();
        foreach (var reading in message.Readings)
        {
            var reason = ReadingValidator.Check(reading, now) ?? Reason(Sequences.Check(reading.Sequence));
            if (reason is { } refused)
            {
                rejected.Add(new RejectedReading(reading.Sequence, refused));
                continue;
            }

            Sequences.Record(reading.Sequence);
            taken.Add(reading);
            if (Latest is null || reading.Time >= Latest.Time)
            {
                Latest = reading;
            }
        }

        Stored += taken.Count;
        Rejected += rejected.Count;
        LastMessageAt = message.ReceivedAt;
        taken.Sort((a, b) => a.Time.CompareTo(b.Time));
        return (taken, new IngestOutcome { Accepted = taken.Count, Rejected = rejected });
    }

    private static RejectionReason? Reason(SequenceVerdict verdict) => verdict switch
    {
        SequenceVerdict.Duplicate => RejectionReason.Duplicate,
        SequenceVerdict.TooOld => RejectionReason.TooOld,
        _ => null,
    };
}
