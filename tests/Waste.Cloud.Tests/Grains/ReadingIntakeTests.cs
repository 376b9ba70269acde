using Waste.Grains;
using Waste.Grains.Devices;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Grains;

/// <summary>One wild sequence number cannot silence a device; a real jump is taken once the device follows it; an
/// administrator's reset hears a device whose numbers went back; too-old drops are counted per device.</summary>
public sealed class ReadingIntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reading_numbered_long_MaxValue_is_refused_and_the_devices_next_readings_are_taken()
    {
        var intake = new ReadingIntake();
        Take(intake, 0, 1, 2);

        var wild = Take(intake, long.MaxValue);
        var next = Take(intake, 3);
        var after = Take(intake, 4, 5);

        Assert.Equal(1, wild.Held);
        Assert.Equal(0, wild.Accepted);
        Assert.Equal(1, next.Accepted);
        Assert.Equal([new RejectedReading(long.MaxValue, RejectionReason.SequenceJump)], next.Rejected);
        Assert.Equal(2, after.Accepted);
        Assert.Equal(5, intake.Sequences.Highest);
        Assert.Equal(0, intake.TooOld);
        Assert.Equal(1, intake.Jumps);
    }

    [Fact]
    public void A_jump_the_device_follows_is_taken_with_the_reading_that_confirms_it()
    {
        var intake = new ReadingIntake();
        Take(intake, 10);

        var jump = Take(intake, 50_000);
        var follow = Take(intake, 50_001);
        var batch = Take(intake, 90_000, 90_001, 90_002);

        Assert.Equal((0, 1), (jump.Accepted, jump.Held));
        Assert.Equal(2, follow.Accepted);
        Assert.Empty(follow.Rejected);
        Assert.Equal((3, 0), (batch.Accepted, batch.Held));
        Assert.Equal(90_002, intake.Sequences.Highest);
        Assert.Equal(6, intake.Stored);
    }

    [Fact]
    public void A_device_whose_numbers_went_back_is_refused_as_too_old_and_counted_until_an_administrator_resets_it()
    {
        var intake = new ReadingIntake();
        Take(intake, 5000, 5001);

        var wiped = Take(intake, 0);
        var stillWiped = Take(intake, 1);
        var reset = TakeAfterResets(intake, 1, 2);
        var afterReset = TakeAfterResets(intake, 1, 3);

        Assert.Equal([RejectionReason.TooOld], wiped.Rejected.Select(r => r.Reason));
        Assert.Equal([RejectionReason.TooOld], stillWiped.Rejected.Select(r => r.Reason));
        Assert.Equal(2, intake.TooOld);
        Assert.Equal(Now, intake.LastTooOldAt);
        Assert.Equal(1, reset.Accepted);
        Assert.Equal(1, afterReset.Accepted);
        Assert.Equal(3, intake.Sequences.Highest);
        Assert.False(intake.Status(1).ResetPending);
        Assert.True(intake.Status(2).ResetPending);
    }

    [Fact]
    public void Whatever_numbers_arrive_every_reading_is_taken_refused_or_held_exactly_once_and_the_devices_normal_stream_goes_on()
    {
        var random = new Random(61);
        for (var trial = 0; trial < 200; trial++)
        {
            var intake = new ReadingIntake();
            long normal = random.Next(0, 1000);
            var readings = 0L;
            long accepted = 0, rejected = 0, held = 0;
            for (var step = 0; step < 300; step++)
            {
                // Mostly the device's own stream, sometimes a wild number anywhere up to long.MaxValue, a resend, or
                // a number from long ago.
                var sequence = random.Next(20) switch
                {
                    0 => random.NextInt64(0, long.MaxValue),
                    1 => long.MaxValue - random.Next(0, 3),
                    2 => Math.Max(0, normal - random.Next(1, 200)),
                    _ => normal++,
                };
                var outcome = Take(intake, sequence);
                readings++;
                accepted += outcome.Accepted;
                rejected += outcome.Rejected.Count;
                held += outcome.Held;
            }

            // Each reading is taken or refused once (a held one when the next reading decides), except the one still held.
            var stillHeld = intake.Held is null ? 0 : 1;
            Assert.Equal(readings - stillHeld, accepted + rejected);
            Assert.True(held >= stillHeld);
            var last = Take(intake, normal);
            Assert.True(last.Accepted == 1 || intake.Sequences.Highest > normal, $"trial {trial}: the device's next reading {normal} was not taken (highest {intake.Sequences.Highest})");
        }
    }

    private static IngestOutcome Take(ReadingIntake intake, params long[] sequences) => TakeAfterResets(intake, 0, sequences);

    private static IngestOutcome TakeAfterResets(ReadingIntake intake, int resets, params long[] sequences) =>
        intake.Take(new TelemetryMessage
        {
            SchemaVersion = 1,
            DeviceId = "bin-0001",
            Kind = DeviceKind.Bin,
            SentAt = Now,
            ReceivedAt = Now,
            Readings = [.. sequences.Select(s => new DeviceReading { Sequence = s, Time = Now.AddMinutes(-1), FillPercent = 40 })],
        }, Now, resets).Outcome;
}
