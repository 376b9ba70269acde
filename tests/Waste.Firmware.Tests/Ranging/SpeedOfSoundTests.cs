using Waste.Firmware.Core.Ranging;

namespace Waste.Firmware.Tests.Ranging;

public class SpeedOfSoundTests
{
    [Theory]
    [InlineData(0, 331.30)]
    [InlineData(20, 343.21)]
    [InlineData(45, 357.55)]
    public void Follows_the_square_root_of_absolute_temperature(double celsius, double metresPerSecond)
    {
        Assert.Equal(metresPerSecond, SpeedOfSound.MetresPerSecond(celsius), 2);
    }
}
