using Waste.Firmware.Core.Ranging;

namespace Waste.Firmware.Tests.Ranging;

public class PingMedianTests
{
    [Fact]
    public void Median_of_an_odd_burst_ignores_one_wild_ping()
    {
        Assert.Equal(5000, PingMedian.Of([5010, 4990, 900, 5000, 5020], minimumValid: 3));
    }

    [Fact]
    public void Median_of_an_even_burst_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(5005, PingMedian.Of([5020, 5000, 4990, 5010], minimumValid: 3));
    }

    [Fact]
    public void Missing_echoes_are_left_out()
    {
        Assert.Equal(5000, PingMedian.Of([PingMedian.NoEcho, 5000, 0, 4990, 5010], minimumValid: 3));
    }

    [Fact]
    public void Too_few_echoes_is_no_reading()
    {
        Assert.Equal(PingMedian.NoEcho, PingMedian.Of([PingMedian.NoEcho, 5000, 0, 0, 4990], minimumValid: 3));
        Assert.Equal(PingMedian.NoEcho, PingMedian.Of([0, 0, 0], minimumValid: 1));
        Assert.Equal(PingMedian.NoEcho, PingMedian.Of([], minimumValid: 0));
    }

    [Fact]
    public void Does_not_reorder_the_callers_burst()
    {
        long[] burst = [3, 1, 2];

        PingMedian.Of(burst, 1);

        Assert.Equal([3, 1, 2], burst);
    }

    [Fact]
    public void Agrees_with_a_sorted_reference_on_random_bursts()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 2000; trial++)
        {
            var burst = new long[random.Next(1, 12)];
            for (var i = 0; i < burst.Length; i++)
            {
                burst[i] = random.Next(4) == 0 ? 0 : random.Next(100, 30000);
            }

            var valid = burst.Where(b => b > 0).Order().ToArray();
            var expected = valid.Length == 0
                ? PingMedian.NoEcho
                : valid.Length % 2 == 1 ? valid[valid.Length / 2] : (valid[valid.Length / 2 - 1] + valid[valid.Length / 2]) / 2;

            Assert.Equal(expected, PingMedian.Of(burst, 1));
        }
    }
}
