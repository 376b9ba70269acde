using Waste.Grains;

namespace Waste.Cloud.Tests.Grains;

public class SequenceWindowTests
{
    [Fact]
    public void Accepts_each_number_once_in_order()
    {
        var window = new SequenceWindow();
        for (var sequence = 0; sequence < 200; sequence++)
        {
            Assert.Equal(SequenceVerdict.New, window.Check(sequence));
            window.Record(sequence);
            Assert.Equal(SequenceVerdict.Duplicate, window.Check(sequence));
        }
    }

    [Fact]
    public void Accepts_a_late_number_within_the_window_once_and_refuses_one_beyond_it()
    {
        var window = new SequenceWindow();
        window.Record(100);

        Assert.Equal(SequenceVerdict.New, window.Check(100 - SequenceWindow.Width));
        window.Record(100 - SequenceWindow.Width);
        Assert.Equal(SequenceVerdict.Duplicate, window.Check(100 - SequenceWindow.Width));
        Assert.Equal(SequenceVerdict.TooOld, window.Check(100 - SequenceWindow.Width - 1));
    }

    [Fact]
    public void Agrees_with_a_set_of_everything_seen_on_random_resent_and_reordered_streams()
    {
        var random = new Random(31);
        for (var trial = 0; trial < 300; trial++)
        {
            var window = new SequenceWindow();
            var seen = new HashSet<long>();
            long next = random.Next(0, 5);
            for (var step = 0; step < 500; step++)
            {
                // Mostly new numbers, sometimes a gap, sometimes a resend or a straggler from a little way back.
                long sequence = random.Next(10) switch
                {
                    < 6 => next++,
                    6 => next += random.Next(1, 100),
                    _ => Math.Max(0, next - 1 - random.Next(0, 80)),
                };

                var verdict = window.Check(sequence);
                var highest = seen.Count == 0 ? -1 : seen.Max();
                var expected = sequence < highest - SequenceWindow.Width ? SequenceVerdict.TooOld
                    : seen.Contains(sequence) ? SequenceVerdict.Duplicate
                    : SequenceVerdict.New;
                Assert.Equal(expected, verdict);
                if (verdict == SequenceVerdict.New)
                {
                    window.Record(sequence);
                    seen.Add(sequence);
                }
            }
        }
    }
}
