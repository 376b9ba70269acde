using Waste.Firmware.Core.Odour;
using Waste.Firmware.Tests.Fakes;
using Waste.Firmware.Tests.Nodes;

namespace Waste.Firmware.Tests.Odour;

public class GasChannelTests
{
    [Fact]
    public void Sensor_resistance_follows_from_the_load_resistor_and_the_output_voltage()
    {
        var circuit = GasSensorCircuit.Module5V;

        Assert.Equal(10000, circuit.SensorOhms(2.5), 6);
        Assert.Equal(40000, circuit.SensorOhms(1.0), 6);
        Assert.Equal(2.0, circuit.OutputVolts(1.0));
    }

    [Fact]
    public void Concentration_follows_the_sensors_curve_from_Rs_over_R0()
    {
        var pin = new SettableVolts(ToiletRig.VoltsForPpm(GasSensorCurve.Mq137Ammonia, 25));
        var channel = new GasChannel(pin, GasSensorCircuit.Module5V, GasSensorCurve.Mq137Ammonia, ToiletRig.CleanR0Ohms);

        var sample = channel.Sample(GasChannel.WarmUpSeconds, 5);

        Assert.Equal(25, sample.Ppm, 6);
        Assert.False(sample.WarmingUp);
        Assert.False(sample.Faulty);
    }

    [Fact]
    public void Readings_during_warm_up_have_no_concentration()
    {
        var channel = new GasChannel(new SettableVolts(1.0), GasSensorCircuit.Module5V, GasSensorCurve.Mq136HydrogenSulphide, 20000);

        var sample = channel.Sample(GasChannel.WarmUpSeconds - 1, 1);

        Assert.True(sample.WarmingUp);
        Assert.True(double.IsNaN(sample.Ppm));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.02)]
    [InlineData(2.49)]
    [InlineData(3.3)]
    public void An_output_at_a_supply_rail_is_a_fault(double pinVolts)
    {
        var channel = new GasChannel(new SettableVolts(pinVolts), GasSensorCircuit.Module5V, GasSensorCurve.Mq137Ammonia, 20000);

        var sample = channel.Sample(3600, 5);

        Assert.True(sample.Faulty);
        Assert.True(double.IsNaN(sample.Ppm));
    }

    [Fact]
    public void Recalibration_takes_the_present_air_as_clean()
    {
        var pin = new SettableVolts(ToiletRig.VoltsForPpm(GasSensorCurve.Mq137Ammonia, 3));
        var channel = new GasChannel(pin, GasSensorCircuit.Module5V, GasSensorCurve.Mq137Ammonia, ToiletRig.CleanR0Ohms);
        channel.Sample(3600, 0);

        Assert.True(channel.RecalibrateToCleanAir());

        Assert.Equal(GasSensorCurve.Mq137Ammonia.CleanAirPpm, channel.Sample(3660, 0).Ppm, 6);
    }

    [Fact]
    public void The_baseline_follows_a_slow_drift_but_not_an_odour_event()
    {
        var pin = new SettableVolts(ToiletRig.VoltsForPpm(GasSensorCurve.Mq137Ammonia, 1.0));
        var channel = new GasChannel(pin, GasSensorCircuit.Module5V, GasSensorCurve.Mq137Ammonia, ToiletRig.CleanR0Ohms);

        var readings = Enumerable.Range(0, 14 * 24 * 60).Select(i => channel.Sample(600 + 60L * i, 5).Ppm).ToArray();

        Assert.Equal(1.0, readings[0], 6);
        Assert.InRange(readings[^1], 0.5, 0.65);
        Assert.InRange(channel.Baseline.R0Ohms, ToiletRig.CleanR0Ohms * 0.5, ToiletRig.CleanR0Ohms);

        pin.Volts = ToiletRig.VoltsForPpm(GasSensorCurve.Mq137Ammonia, 60);
        var r0 = channel.Baseline.R0Ohms;
        for (var i = 0; i < 600; i++)
        {
            channel.Sample(2_000_000 + 60L * i, 5);
        }

        Assert.Equal(r0, channel.Baseline.R0Ohms);
    }

    [Fact]
    public void The_baseline_never_strays_beyond_half_or_twice_its_calibration()
    {
        var baseline = new OdourBaseline(10000);

        baseline.Track(1, 1e9);
        Assert.Equal(5000, baseline.R0Ohms);
        baseline.Track(1e9, 1e9);
        Assert.Equal(20000, baseline.R0Ohms);
    }
}
