using Waste.Routing.Modelling;
using Waste.Routing.Travel;

namespace Waste.Simulation.Trucks;

/// <summary>
/// How far and how long a truck drives between two points: the great-circle distance times a road-circuity factor,
/// at an average town speed: the same estimate the cloud's planner uses (its <c>Planning:CircuityFactor</c> and
/// <c>Planning:AverageSpeedKmh</c>, which the simulation sets to these values), so a plan and its drive agree.
/// </summary>
public sealed record RoadModel(double CircuityFactor = 1.35, double AverageSpeedKmh = 22)
{
    /// <summary>Great-circle distance, km, as the cloud computes it.</summary>
    public static double GreatCircleKm(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) =>
        GreatCircleTravelProvider.GreatCircleMetres(new GeoPoint(fromLatitude, fromLongitude), new GeoPoint(toLatitude, toLongitude)) / 1000;

    /// <summary>Road distance, km.</summary>
    public double Km(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) =>
        CircuityFactor * GreatCircleKm(fromLatitude, fromLongitude, toLatitude, toLongitude);

    /// <summary>Time to drive <paramref name="km"/>.</summary>
    public TimeSpan Drive(double km) => TimeSpan.FromHours(km / AverageSpeedKmh);
}
