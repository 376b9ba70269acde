using System.Globalization;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class DecimalTextTests
{
    [Theory]
    [InlineData(63.54, 1, "63.5")]
    [InlineData(63.55, 1, "63.6")]
    [InlineData(63.5, 3, "63.5")]
    [InlineData(2.0, 2, "2")]
    [InlineData(0.0, 1, "0")]
    [InlineData(-0.25, 2, "-0.25")]
    [InlineData(-0.004, 2, "0")]
    [InlineData(0.712, 3, "0.712")]
    [InlineData(0.0712, 3, "0.071")]
    [InlineData(1234567.891, 0, "1234568")]
    public void Rounds_half_away_from_zero_and_drops_trailing_zeros(double value, int decimals, string expected)
    {
        Assert.Equal(expected, DecimalText.Format(value, decimals));
    }

    [Fact]
    public void Is_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("29.5", DecimalText.Format(29.5, 1));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Parses_back_to_the_value_within_half_a_unit_of_the_last_place()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 5000; trial++)
        {
            var decimals = random.Next(0, 5);
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 7));

            var text = DecimalText.Format(value, decimals);

            var parsed = double.Parse(text, CultureInfo.InvariantCulture);
            Assert.InRange(Math.Abs(parsed - value), 0, 0.5 * Math.Pow(10, -decimals) + 1e-9);
        }
    }

    [Fact]
    public void Refuses_what_has_no_decimal_form()
    {
        Assert.Throws<ArgumentException>(() => DecimalText.Format(double.NaN, 1));
        Assert.Throws<ArgumentException>(() => DecimalText.Format(double.PositiveInfinity, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(1, DecimalText.MaxDecimals + 1));
    }
}
