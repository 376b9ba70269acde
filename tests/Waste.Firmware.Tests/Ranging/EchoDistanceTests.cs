using Waste.Firmware.Core.Ranging;

namespace Waste.Firmware.Tests.Ranging;

public class EchoDistanceTests
{
    [Fact]
    public void A_round_trip_of_5827_microseconds_at_20_degrees_is_one_metre()
    {
        Assert.Equal(1.000, EchoDistance.Metres(5827, 20), 3);
    }

    [Fact]
    public void The_same_echo_is_farther_in_warmer_air()
    {
        // A Binh Duong noon in a closed bin reaches 45 °C: without the correction a 1 m reading would be 4 cm short of the truth.
        var cool = EchoDistance.Metres(5827, 20);
        var hot = EchoDistance.Metres(5827, 45);

        Assert.True(hot > cool);
        Assert.Equal(0.042, hot - cool, 3);
    }

    [Fact]
    public void No_time_is_no_distance()
    {
        Assert.Equal(0, EchoDistance.Metres(0, 25));
    }
}
