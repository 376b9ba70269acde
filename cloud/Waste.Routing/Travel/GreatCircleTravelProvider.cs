using Waste.Routing.Modelling;

namespace Waste.Routing.Travel;

/// <summary>
/// The default provider: great-circle (haversine) distance times a road-circuity factor, driven at an average speed.
/// A factor around 1.3 is typical of city road networks; measure it for a city against a road-network service.
/// </summary>
/// <param name="CircuityFactor">Road distance over straight-line distance (at least 1).</param>
/// <param name="AverageSpeedKmh">Average driving speed between stops.</param>
public sealed record GreatCircleTravelProvider(double CircuityFactor = 1.3, double AverageSpeedKmh = 25) : ITravelMatrixProvider
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <inheritdoc />
    public Task<TravelMatrix> GetMatrixAsync(IReadOnlyList<GeoPoint> places, CancellationToken cancellationToken = default)
    {
        if (CircuityFactor < 1 || !double.IsFinite(CircuityFactor) || AverageSpeedKmh <= 0 || !double.IsFinite(AverageSpeedKmh))
        {
            throw new InvalidOperationException("the circuity factor must be at least 1 and the speed positive");
        }

        var n = places.Count;
        var metres = new int[n * n];
        var seconds = new int[n * n];
        var metresPerSecond = AverageSpeedKmh / 3.6;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var road = CircuityFactor * GreatCircleMetres(places[i], places[j]);
                metres[i * n + j] = (int)Math.Round(road);
                seconds[i * n + j] = (int)Math.Round(road / metresPerSecond);
            }
        }

        return Task.FromResult(new TravelMatrix(n, metres, seconds));
    }

    /// <summary>Haversine distance in metres.</summary>
    public static double GreatCircleMetres(GeoPoint a, GeoPoint b)
    {
        var lat1 = a.Latitude * Math.PI / 180;
        var lat2 = b.Latitude * Math.PI / 180;
        var dLat = lat2 - lat1;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
