using Waste.Firmware.Core.Sensors;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Sensors;

public class NtcThermistorTests
{
    [Fact]
    public void At_25_degrees_the_divider_sits_at_half_the_supply()
    {
        Assert.Equal(25, NtcThermistor.Standard10k.Celsius(1.65), 6);
    }

    [Theory]
    [InlineData(0, 32650)]
    [InlineData(50, 3588)]
    [InlineData(70, 1752)]
    public void Agrees_with_a_10k_3950_parts_resistance_table_within_a_degree(double celsius, double ohms)
    {
        var pinVolts = 3.3 * ohms / (ohms + 10000);

        Assert.InRange(NtcThermistor.Standard10k.Celsius(pinVolts), celsius - 1, celsius + 1);
    }

    [Fact]
    public void An_open_or_shorted_thermistor_reads_nothing_plausible()
    {
        var thermometer = new NtcThermometer(new SettableVolts(3.3), NtcThermistor.Standard10k);

        Assert.False(TemperatureReading.IsPlausible(thermometer.ReadCelsius()));
        Assert.True(double.IsNaN(NtcThermistor.Standard10k.Celsius(0)));
    }
}
