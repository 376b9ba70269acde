using Waste.Firmware.Core.Bins;

namespace Waste.Firmware.Tests.Bins;

public class LidOpenDetectorTests
{
    private static readonly BinGeometry Bin = new(0.95, 0.40);

    [Fact]
    public void A_sudden_short_distance_that_persists_raises_lid_open_and_its_fill_is_held_back()
    {
        var lid = new LidOpenDetector();
        Assert.True(lid.Observe(1.0, Bin));

        Assert.False(lid.Observe(0.30, Bin));
        Assert.False(lid.IsAlarm);
        Assert.True(lid.IsPending);
        Assert.False(lid.Observe(0.31, Bin));
        Assert.True(lid.IsAlarm);
    }

    [Fact]
    public void Waste_rising_gradually_to_the_rim_is_a_full_bin_not_an_open_lid()
    {
        var lid = new LidOpenDetector();

        var trusted = new[] { 1.0, 0.8, 0.6, 0.5, 0.42, 0.38, 0.36 }.Select(d => lid.Observe(d, Bin)).ToArray();

        Assert.All(trusted, Assert.True);
        Assert.False(lid.IsAlarm);
    }

    [Fact]
    public void The_alarm_clears_with_the_first_reading_below_the_rim()
    {
        var lid = new LidOpenDetector();
        lid.Observe(1.0, Bin);
        lid.ObserveTooNear();
        lid.ObserveTooNear();
        Assert.True(lid.IsAlarm);

        Assert.True(lid.Observe(0.98, Bin));

        Assert.False(lid.IsAlarm);
    }

    [Fact]
    public void A_single_short_reading_is_held_back_but_raises_nothing()
    {
        var lid = new LidOpenDetector();
        lid.Observe(1.0, Bin);

        lid.Observe(0.2, Bin);
        lid.Observe(1.0, Bin);

        Assert.False(lid.IsAlarm);
        Assert.False(lid.IsPending);
    }
}
