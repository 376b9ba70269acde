using Waste.Firmware.Core.Bins;

namespace Waste.Firmware.Tests.Bins;

public class FireDetectorTests
{
    private static readonly BinThresholds Thresholds = new(70, 3);

    [Fact]
    public void Two_samples_over_the_limit_raise_fire()
    {
        var fire = new FireDetector();

        Assert.False(fire.Observe(72, 0, Thresholds));
        Assert.True(fire.IsPending);
        Assert.True(fire.Observe(73, 60, Thresholds));
    }

    [Fact]
    public void A_rise_faster_than_the_rate_raises_fire_below_the_limit()
    {
        var fire = new FireDetector();
        fire.Observe(35, 0, Thresholds);

        Assert.False(fire.Observe(39, 60, Thresholds));
        Assert.True(fire.Observe(43, 120, Thresholds));
    }

    [Fact]
    public void A_slow_afternoon_warming_raises_nothing()
    {
        var fire = new FireDetector();

        var raised = Enumerable.Range(0, 12).Select(i => fire.Observe(28 + 2 * i, i * 1800L, Thresholds)).ToArray();

        Assert.DoesNotContain(true, raised);
        Assert.False(fire.RoseNoticeably(52, Thresholds));
        Assert.True(fire.RoseNoticeably(53, Thresholds));
    }

    [Fact]
    public void One_hot_reading_alone_raises_nothing()
    {
        var fire = new FireDetector();
        fire.Observe(30, 0, Thresholds);

        fire.Observe(80, 60, Thresholds);
        var after = fire.Observe(31, 120, Thresholds);

        Assert.False(after);
    }
}
