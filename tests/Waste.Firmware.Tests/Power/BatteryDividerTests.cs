using Waste.Firmware.Core.Power;

namespace Waste.Firmware.Tests.Power;

public class BatteryDividerTests
{
    [Fact]
    public void The_battery_is_the_pin_voltage_times_the_divider_ratio()
    {
        var divider = new BatteryDivider(1_000_000, 470_000);

        Assert.Equal(4.2, divider.BatteryVolts(4.2 * 470 / 1470), 9);
        Assert.Equal(4.2 / 1_470_000, divider.DrainAmperes(4.2), 12);
    }
}
