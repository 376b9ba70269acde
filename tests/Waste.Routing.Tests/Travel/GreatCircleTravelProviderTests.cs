using Waste.Routing.Modelling;
using Waste.Routing.Travel;

namespace Waste.Routing.Tests.Travel;

public class GreatCircleTravelProviderTests
{
    [Fact]
    public async Task Distance_is_the_great_circle_times_the_circuity_and_time_follows_the_average_speed()
    {
        // One degree of latitude is 111.195 km on the mean Earth sphere.
        var provider = new GreatCircleTravelProvider(CircuityFactor: 1.5, AverageSpeedKmh: 36);
        var matrix = await provider.GetMatrixAsync([new GeoPoint(10, 106), new GeoPoint(11, 106)]);
        Assert.InRange(matrix.Metres[1], 1.5 * 111_190, 1.5 * 111_200);
        Assert.Equal(matrix.Metres[1], matrix.Metres[2]);
        Assert.Equal(0, matrix.Metres[0]);
        Assert.InRange(matrix.Seconds[1], matrix.Metres[1] / 10 - 1, matrix.Metres[1] / 10 + 1);
    }

    [Fact]
    public async Task A_circuity_below_one_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => new GreatCircleTravelProvider(0.8).GetMatrixAsync([new GeoPoint(0, 0)]));
    }
}
