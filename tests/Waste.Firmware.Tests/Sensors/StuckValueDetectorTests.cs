using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Sensors;

public class StuckValueDetectorTests
{
    [Fact]
    public void The_same_raw_value_limit_times_in_a_row_is_stuck_and_any_change_frees_it()
    {
        var detector = new StuckValueDetector(3);

        var states = new long[] { 7, 7, 8, 8, 8, 8, 9 }.Select(detector.Observe).ToArray();

        Assert.Equal([false, false, false, false, true, true, false], states);
    }
}
