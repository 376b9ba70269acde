using Waste.Firmware.Core.Numbers;

namespace Waste.Firmware.Tests.Numbers;

public class SquareRootTests
{
    [Fact]
    public void Agrees_with_Math_Sqrt_across_magnitudes()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 10_000; trial++)
        {
            var value = random.NextDouble() * Math.Pow(10, random.Next(-12, 13));

            Assert.Equal(Math.Sqrt(value), SquareRoot.Of(value), Math.Sqrt(value) * 1e-14);
        }
    }

    [Fact]
    public void Has_the_edge_values_of_Math_Sqrt()
    {
        Assert.Equal(0, SquareRoot.Of(0));
        Assert.Equal(3, SquareRoot.Of(9));
        Assert.True(double.IsNaN(SquareRoot.Of(-1)));
        Assert.True(double.IsNaN(SquareRoot.Of(double.NaN)));
        Assert.Equal(double.PositiveInfinity, SquareRoot.Of(double.PositiveInfinity));
    }
}
