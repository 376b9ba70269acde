using System.Globalization;
using CsCheck;
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

    [Theory]
    [InlineData(1e15, 9, "1000000000000000")]
    [InlineData(-1e15, 9, "-1000000000000000")]
    [InlineData(123456789.123456789, 9, "123456789.1234568")]
    [InlineData(8.999999999999999e18, 0, "8999999999999998976")]
    [InlineData(8.999999999999999e17, 3, "899999999999999872")]
    [InlineData(9e8, 9, "900000000")]
    public void Leaves_out_places_beyond_a_doubles_seventeen_digits(double value, int decimals, string expected)
    {
        Assert.Equal(expected, DecimalText.Format(value, decimals));
    }

    [Fact]
    public void Writes_every_finite_double_below_the_limit_within_half_a_unit_of_its_last_written_place()
    {
        Gen.Select(Gen.Double, Gen.Int[0, DecimalText.MaxDecimals]).Where((value, _) => DecimalText.CanFormat(value)).Sample((value, decimals) =>
        {
            var text = DecimalText.Format(value, decimals);

            var point = text.IndexOf('.', StringComparison.Ordinal);
            var places = point < 0 ? 0 : text.Length - point - 1;
            Assert.InRange(places, 0, decimals);
            var parsed = double.Parse(text, CultureInfo.InvariantCulture);
            // Within half a unit of the requested place, or of the double's own precision where places were left out.
            var tolerance = 0.5 * Math.Pow(10, -decimals) + Math.Abs(value) * 4e-16;
            Assert.InRange(Math.Abs(parsed - value), 0, tolerance);
        }, iter: 20000);
    }

    [Fact]
    public void Refuses_what_has_no_decimal_form()
    {
        Assert.False(DecimalText.CanFormat(double.NaN));
        Assert.False(DecimalText.CanFormat(double.PositiveInfinity));
        Assert.False(DecimalText.CanFormat(DecimalText.MaxMagnitude));
        Assert.False(DecimalText.CanFormat(-double.MaxValue));
        Assert.True(DecimalText.CanFormat(-8.999999999999999e18));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(double.PositiveInfinity, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(9.3e18, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(-DecimalText.MaxMagnitude, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalText.Format(1, DecimalText.MaxDecimals + 1));
    }
}
