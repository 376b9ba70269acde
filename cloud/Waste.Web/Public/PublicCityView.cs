using Waste.Routing.Modelling;
using Waste.Routing.Travel;

namespace Waste.Web.Public;

/// <summary>The city as the public sees it at one moment: toilets, bins and ward counts, built by <see cref="PublicCity"/>.</summary>
public sealed record PublicCityView(DateTimeOffset At, IReadOnlyList<PublicToilet> Toilets, IReadOnlyList<PublicBin> Bins, IReadOnlyList<WardFacts> Wards)
{
    /// <summary>The empty city.</summary>
    public static PublicCityView Empty(DateTimeOffset at) => new(at, [], [], []);

    /// <summary>Metres between two points along the earth.</summary>
    public static double Metres(double latitude, double longitude, double toLatitude, double toLongitude) =>
        GreatCircleTravelProvider.GreatCircleMetres(new GeoPoint(latitude, longitude), new GeoPoint(toLatitude, toLongitude));

    /// <summary>The open toilet nearest to a point, other than <paramref name="except"/>.</summary>
    public PublicToilet? NearestOpen(double latitude, double longitude, string? except = null) =>
        Toilets.Where(t => t.Status == ToiletStatus.Open && t.Code != except)
            .MinBy(t => Metres(latitude, longitude, t.Latitude, t.Longitude));
}
