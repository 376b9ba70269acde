using Waste.Firmware.Core.Bins;

namespace Waste.Firmware.Tests.Bins;

public class FillLevelTests
{
    // A 240 L wheelie bin: 0.95 m deep, sensor 0.10 m above the rim.
    private static readonly BinGeometry WheelieBin = new(depthMetres: 0.95, sensorOffsetMetres: 0.10);

    [Fact]
    public void Floor_distance_is_empty()
    {
        Assert.Equal(0, FillLevel.Percent(1.05, WheelieBin), 6);
    }

    [Fact]
    public void Rim_distance_is_full()
    {
        Assert.Equal(100, FillLevel.Percent(0.10, WheelieBin), 6);
    }

    [Fact]
    public void Halfway_down_is_half_full()
    {
        Assert.Equal(50, FillLevel.Percent(0.10 + 0.475, WheelieBin), 6);
    }

    [Fact]
    public void Beyond_the_floor_is_clamped_to_empty_and_above_the_rim_to_full()
    {
        Assert.Equal(0, FillLevel.Percent(1.30, WheelieBin));
        Assert.Equal(100, FillLevel.Percent(0.02, WheelieBin));
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(-1, 0.1)]
    [InlineData(double.NaN, 0.1)]
    [InlineData(1, -0.01)]
    public void Impossible_geometry_is_refused(double depth, double offset)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinGeometry(depth, offset));
    }
}
