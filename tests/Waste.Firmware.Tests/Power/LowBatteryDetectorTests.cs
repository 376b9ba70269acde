using Waste.Firmware.Core.Power;

namespace Waste.Firmware.Tests.Power;

public class LowBatteryDetectorTests
{
    [Fact]
    public void Three_low_samples_in_a_row_raise_it_and_only_a_recovery_past_the_hysteresis_clears_it()
    {
        var battery = new LowBatteryDetector();

        var states = new[] { 3.35, 3.38, 3.45, 3.35, 3.36, 3.37, 3.45, 3.46, 3.47, 3.55, 3.56, 3.57 }
            .Select(v => battery.Observe(v, 3.4)).ToArray();

        Assert.Equal([false, false, false, false, false, true, true, true, true, true, true, false], states);
    }
}
