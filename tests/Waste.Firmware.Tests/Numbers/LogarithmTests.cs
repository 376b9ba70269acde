using CsCheck;
using Waste.Firmware.Core.Numbers;

namespace Waste.Firmware.Tests.Numbers;

public class LogarithmTests
{
    [Fact]
    public void Natural_logarithm_agrees_with_the_hosts()
    {
        Gen.Double[1e-300, 1e300].Sample(x => Assert.Equal(Math.Log(x), Logarithm.Natural(x), Math.Abs(Math.Log(x)) * 1e-13 + 1e-14));
    }

    [Fact]
    public void Exponential_agrees_with_the_hosts()
    {
        Gen.Double[-700, 700].Sample(x => Assert.Equal(1.0, Logarithm.Exp(x) / Math.Exp(x), 1e-12));
    }

    [Fact]
    public void Power_law_of_a_gas_curve_agrees_with_the_hosts()
    {
        Assert.Equal(Math.Pow(0.35, -2.473), Logarithm.Power(0.35, -2.473), 1e-9);
        Assert.True(double.IsNaN(Logarithm.Power(0, 2)));
        Assert.True(double.IsNaN(Logarithm.Natural(-1)));
        Assert.Equal(double.NegativeInfinity, Logarithm.Natural(0));
    }
}
